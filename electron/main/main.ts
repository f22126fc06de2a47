// Electron entry: wiring only. Policies live in pure modules beside this file; services in ../services.
import { app, type BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import path from 'node:path';
import { CHANNEL_NAMES, MENU_EVENT } from '../contract/channels';
import { changesPlans, type MenuCommand } from '../contract/host-api';
import { createServices } from '../services/services';
import { createGate } from '../services/handler-gate';
import { createPendingFiles, planFilesFromArgv } from '../services/launch-files';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { hardenSession, hardenWebContents } from './hardening';
import { buildMenuTemplate } from './menu-template';
import { createRecentMenu } from './recent-menu';
import { APP_ORIGIN, isAppUrl } from '../common/url-policy';
import { createMainWindow } from './window';
import { electronPdfDeps } from './print-window';
import { electronPlanFileDeps } from './file-dialogs';
import { createIdleTrigger } from '../services/idle-trigger';
import { acquireDataLock, DataFolderLockedError, DataFolderUnusableError } from '../services/data-lock';

const APP_NAME = 'Acupoint Reference';
/** Quiet time after start-up (no host call) before the print page is opened for the first export. */
const PRINT_PREWARM_QUIET_MS = 4000;
// Tests (and careful users) can point the app at a fresh profile folder; a relative path is taken from
// the folder the app was started in (Electron's setPath refuses anything but an absolute path).
if (process.env.ACUPOINT_USER_DATA) app.setPath('userData', path.resolve(process.env.ACUPOINT_USER_DATA));
registerAppScheme();
hardenWebContents();

// Plan files from the OS wait here until the renderer takes them (plans:take-opened).
const pending = createPendingFiles();
let mainWindow: BrowserWindow | undefined;

function send(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_EVENT, command);
}

function receiveFiles(files: string[]): void {
  if (files.length === 0) return;
  pending.add(files);
  for (const f of files) app.addRecentDocument(f);
  // Before the window exists the renderer asks on start-up; afterwards it is told.
  send('files-opened');
}

function focusMainWindow(): void {
  // The main window itself, not "the visible one": a minimized window reports isVisible() false
  // (Electron ≥ 23), and a hidden print window may exist during a PDF export.
  const win = mainWindow;
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const launchFiles = planFilesFromArgv(process.argv, process.cwd());
  pending.add(launchFiles);
  for (const f of launchFiles) app.addRecentDocument(f);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    receiveFiles(planFilesFromArgv(argv, workingDirectory));
    focusMainWindow();
  });
  // macOS delivers double-clicked files as events, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    receiveFiles([file]);
    focusMainWindow();
  });
  app.on('window-all-closed', () => app.quit());
  // A start-up that fails part-way says so and quits, rather than leaving a hidden process that holds the
  // single-instance and data-folder locks (later launches would be forwarded to it and seem to do nothing).
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        APP_NAME,
        `The app could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      app.quit();
    });
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  hardenSession();
  serveRenderer(path.join(root, 'out', 'renderer'));
  const preload = path.join(root, 'out', 'preload', 'preload.cjs');
  const profile = app.getPath('userData');
  // The single-instance lock covers Electron; the data-folder lock also keeps out a browser host (npm run
  // preview) pointed at this profile. Refused: say which folder and quit before anything is read or written.
  const lock = await acquireDataLock(profile).catch((error: unknown) => {
    dialog.showErrorBox(
      APP_NAME,
      error instanceof DataFolderLockedError || error instanceof DataFolderUnusableError
        ? error.message
        : `The data folder ${profile} could not be opened.`,
    );
    app.quit();
  });
  if (!lock) return;
  app.on('will-quit', () => lock.releaseSync());
  const pdf = electronPdfDeps(preload);
  // The first export finds its print page ready: it is opened once the app has been quiet for a moment.
  const warmPrint = createIdleTrigger(PRINT_PREWARM_QUIET_MS, () => void pdf.prewarm());
  app.on('will-quit', () => warmPrint.cancel());
  const handlers = createServices({
    pdf,
    files: electronPlanFileDeps,
    pending,
    settingsFile: path.join(profile, 'settings.json'),
    appInfo: {
      name: APP_NAME,
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      dataDir: path.join(profile, 'plans'),
    },
  });
  const recentMenu = createRecentMenu({
    list: async () => (await handlers['plans:list']({})).plans,
    apply: (recent) => {
      const template = buildMenuTemplate({
        appName: APP_NAME,
        platform: process.platform,
        isDev: !app.isPackaged,
        send,
        recent,
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    },
  });
  const gate = createGate({
    handlers,
    isTrustedSender: (url) => isAppUrl(url, APP_ORIGIN),
    // Channel and error type only: requests may contain patient data and are never logged.
    onInternalError: (channel, error) =>
      console.error(`[host] ${channel} failed: ${(error as Error)?.name ?? 'error'}`),
  });
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      warmPrint.poke();
      const result = await gate(channel, event.senderFrame?.url, request);
      if (changesPlans(channel)) recentMenu.refreshSoon();
      return result;
    });
  }
  // The menu is there at once; Open Recent fills in when the plans folder has been read (not blocking the window).
  recentMenu.show([]);
  void recentMenu.refreshNow();
  mainWindow = await createMainWindow(preload, path.join(profile, 'window-state.json'));
  warmPrint.poke();
  // A file that arrived while the page was loading, after it had already asked.
  if (pending.size > 0) send('files-opened');
}
