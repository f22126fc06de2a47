// The one window factory's options, every security flag written out literally (Electron security checklist).
// Pure, so tests can assert each flag without an Electron binary.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Acupoint Reference',
    backgroundColor: '#f7f6f2',
    autoHideMenuBar: false,
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
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true,
    },
  };
}
