// Electron entry: wiring only. Policies live in pure modules beside this file; services in ../services.
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import path from 'node:path';
import { CHANNEL_NAMES, MENU_EVENT } from '../contract/channels';
import { createServices } from '../services/services';
import { createGate } from '../services/handler-gate';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { hardenSession, hardenWebContents } from './hardening';
import { buildMenuTemplate } from './menu-template';
import { APP_ORIGIN, isAppUrl } from './url-policy';
import { createMainWindow } from './window';
import { electronPdfDeps } from './print-window';
import { electronPlanFileDeps } from './file-dialogs';

const APP_NAME = 'Acupoint Reference';
// Tests (and careful users) can point the app at a fresh profile folder.
if (process.env.ACUPOINT_USER_DATA) app.setPath('userData', process.env.ACUPOINT_USER_DATA);
registerAppScheme();
hardenWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    // The visible window: a hidden print window may exist during a PDF export.
    const win = BrowserWindow.getAllWindows().find((w) => w.isVisible());
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  hardenSession();
  serveRenderer(path.join(root, 'out', 'renderer'));
  const preload = path.join(root, 'out', 'preload', 'preload.cjs');
  const gate = createGate({
    handlers: createServices({
      pdf: electronPdfDeps(preload),
      files: electronPlanFileDeps,
      appInfo: {
        name: APP_NAME,
        version: app.getVersion(),
        host: 'electron',
        platform: process.platform,
        versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
        dataDir: path.join(app.getPath('userData'), 'plans'),
      },
    }),
    isTrustedSender: (url) => isAppUrl(url, APP_ORIGIN),
    // Channel and error type only: requests may contain patient data and are never logged.
    onInternalError: (channel, error) => console.error(`[host] ${channel} failed: ${(error as Error)?.name ?? 'error'}`),
  });
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, request: unknown) => gate(channel, event.senderFrame?.url, request));
  }
  const win = await createMainWindow(preload, path.join(app.getPath('userData'), 'window-state.json'));
  const template = buildMenuTemplate({
    appName: APP_NAME,
    platform: process.platform,
    isDev: !app.isPackaged,
    send: (command) => win.webContents.send(MENU_EVENT, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
