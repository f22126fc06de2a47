// The one window factory: options from window-options.ts, bounds remembered across runs.
import { BrowserWindow, screen } from 'electron';
import { promises as fs } from 'node:fs';
import { createSecureWindow } from './window-options';
import { parseWindowState, serializeWindowState, type WindowState } from './window-state';
import { writeFileAtomic } from '../services/atomic-file';
import { APP_ORIGIN } from './url-policy';

export async function createMainWindow(preloadPath: string, stateFile: string): Promise<BrowserWindow> {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const saved = await fs.readFile(stateFile, 'utf8').catch(() => undefined);
  const state = parseWindowState(saved, displays);
  const win = createSecureWindow(BrowserWindow, preloadPath, state.bounds);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const next: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    // Best effort: losing window geometry must never block quitting.
    void writeFileAtomic(stateFile, serializeWindowState(next)).catch(() => undefined);
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
