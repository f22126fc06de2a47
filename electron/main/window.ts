// The one window factory: options from window-options.ts, bounds remembered across runs.
import { BrowserWindow, dialog, screen } from 'electron';
import { promises as fs } from 'node:fs';
import { createSecureWindow } from './window-options';
import { parseWindowState, serializeWindowState, type WindowState } from './window-state';
import { writeFileAtomic } from '../services/atomic-file';
import { APP_ORIGIN } from '../common/url-policy';

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
  // The renderer holds the window (beforeunload) while a plan edit is not saved: ask, never lose it silently.
  // preventDefault here means "unload anyway".
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Stay', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Unsaved plan',
      message: 'The current plan has changes that are not saved.',
      detail: 'Stay to see the reason in the plan panel, or close and lose those changes.',
    });
    if (choice === 1) event.preventDefault();
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
