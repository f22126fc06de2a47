import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createSecureWindow } from '../../../electron/main/window-options';

class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('main window options', () => {
  const { options } = createSecureWindow(RecordingWindow, '/app/out/preload/preload.cjs', {
    x: 10,
    y: 20,
    width: 1200,
    height: 800,
  });
  const web = options.webPreferences ?? {};

  it('sets every security flag of the Electron checklist explicitly', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.disableBlinkFeatures).toBe('Auxclick');
  });

  it('uses the given preload and remembered bounds, shown only when ready', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
    expect([options.x, options.y, options.width, options.height]).toEqual([10, 20, 1200, 800]);
    expect(options.show).toBe(false);
  });
});
