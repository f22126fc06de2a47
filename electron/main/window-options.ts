// The one window factory, every security flag written out literally (Electron security checklist).
// The BrowserWindow class is injected, so this module stays free of a runtime 'electron' import: unit tests
// pass a recording class, and Electronegativity sees the literal options at the constructor call.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

export function createSecureWindow<W>(BrowserWindow: WindowClass<W>, preloadPath: string, bounds: WindowBounds): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Acupoint Reference',
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) could otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
}
