// Open/save dialogs for plan files, owned by the main process (the renderer never sees the file system).
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { PlanFileDeps } from '../services/services';
import { PLAN_EXTENSION } from '../contract/plan';

const FILTERS = [{ name: 'Acupoint plan', extensions: [PLAN_EXTENSION.slice(1), 'json'] }];
const parent = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

export const electronPlanFileDeps: PlanFileDeps = {
  chooseImport: async () => {
    const options: OpenDialogOptions = { properties: ['openFile'], filters: FILTERS };
    const win = parent();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  chooseExport: async (name) => {
    const options: SaveDialogOptions = { defaultPath: path.join(app.getPath('documents'), name), filters: FILTERS };
    const win = parent();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  },
};
