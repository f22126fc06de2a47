// A stand-in for the parts of the `electron` module that the built main and preload bundles use, for
// tests only (issue 21: no Electron binary can be downloaded here, so out/main/main.cjs and
// out/preload/preload.cjs never ran anywhere). It is just rich enough to drive a start-up and records
// every call. Where it decides something Electron decides, it follows Electron's documented behaviour
// (cited inline) — but it is wiring only: no window, renderer, GPU, IPC transport or OS is involved.
// This file assembles the module and is what the tests import; the parts live beside it:
// standin-core.ts (calls, events, the missing-property guard), standin-renderer.ts (ipcRenderer,
// contextBridge), standin-window.ts (windows, web contents, shared state), standin-app.ts (app),
// standin-ipc-menu.ts, standin-session-protocol.ts and standin-dialog-shell-screen.ts (the other modules).
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { StandInApp } from './standin-app';
import { guardModule, type Call } from './standin-core';
import {
  createDialog,
  createScreen,
  createShell,
  type DialogAnswers,
  type DialogRecord,
  type StandInDialog,
  type StandInScreen,
  type StandInShell,
} from './standin-dialog-shell-screen';
import {
  createIpcMain,
  createMenu,
  type StandInMenu,
  type StandInIpcMain,
  type StandInMenuModule,
} from './standin-ipc-menu';
import { RendererSide } from './standin-renderer';
import {
  createProtocol,
  createSession,
  type SessionRecord,
  type StandInProtocol,
  type StandInSessionModule,
} from './standin-session-protocol';
import {
  assertReady,
  StandInWindow,
  type Ctx,
  type IpcHandler,
  type ProtocolHandler,
  type StandInOptions,
} from './standin-window';

export { StandInApp } from './standin-app';
export { standInEvent, type Area, type Call, type StandInEvent } from './standin-core';
export type { DialogRecord } from './standin-dialog-shell-screen';
export { StandInMenu } from './standin-ipc-menu';
export { bridgeCopy, RendererSide, type RendererElectron } from './standin-renderer';
export type { SessionRecord } from './standin-session-protocol';
export {
  StandInWebContents,
  StandInWindow,
  type IpcMainInvokeEvent,
  type PageLoad,
  type StandInOptions,
} from './standin-window';

export type StandInBrowserWindowClass = (new (options: BrowserWindowConstructorOptions) => StandInWindow) & {
  getAllWindows(): StandInWindow[];
  getFocusedWindow(): StandInWindow | null;
};

export interface MainElectron {
  app: StandInApp;
  BrowserWindow: StandInBrowserWindowClass;
  ipcMain: StandInIpcMain;
  Menu: StandInMenuModule;
  protocol: StandInProtocol;
  session: StandInSessionModule;
  dialog: StandInDialog;
  shell: StandInShell;
  screen: StandInScreen;
}

export interface ElectronStandIn {
  /** what require('electron') returns in the main process */
  electron: MainElectron;
  app: StandInApp;
  /** every call main made into the stand-in, in order */
  calls: Call[];
  /** every ipcMain.handle call's channel, duplicates included */
  handleCalls: string[];
  ipcHandlers: ReadonlyMap<string, IpcHandler>;
  protocolHandlers: ReadonlyMap<string, ProtocolHandler>;
  privilegedSchemes: CustomScheme[];
  /** every window ever created, and the open ones */
  windows: StandInWindow[];
  openWindows(): StandInWindow[];
  menusBuilt: StandInMenu[];
  applicationMenus: Array<StandInMenu | null>;
  session: SessionRecord;
  dialogs: DialogRecord[];
  /** queued answers for the next dialogs (none queued = cancelled / first button) */
  answers: DialogAnswers;
  openedExternal: string[];
  /** electron.* properties main asked for that the stand-in does not have */
  missing: string[];
  quitState(): Ctx['quitState'];
  getPath(name: string): string | undefined;
  /** a request to a registered scheme, as Chromium would make it */
  request(url: string): Promise<Response>;
  /** ipcRenderer.invoke as if from a frame at `frameUrl` (null: no frame, e.g. it navigated away) */
  invokeFrom(frameUrl: string | null, channel: string, ...args: unknown[]): Promise<unknown>;
}

export function createElectronStandIn(options: StandInOptions): ElectronStandIn {
  const calls: Call[] = [];
  const ctx = {
    options,
    calls,
    rec: (api: string, ...args: unknown[]) => {
      calls.push({ api, args });
    },
    ready: false,
    quitState: 'running',
    paths: new Map(Object.entries(options.paths)),
    open: [],
    windows: [],
    focused: undefined,
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
  } as Omit<Ctx, 'app'> as Ctx;
  const app = new StandInApp(ctx);
  ctx.app = app;

  const handleCalls: string[] = [];
  const privilegedSchemes: CustomScheme[] = [];
  const menusBuilt: StandInMenu[] = [];
  const applicationMenus: Array<StandInMenu | null> = [];
  const sessionRecord: SessionRecord = { beforeRequest: [] };
  const dialogs: DialogRecord[] = [];
  const answers: DialogAnswers = { open: [], save: [], messageBox: [] };
  const openedExternal: string[] = [];
  const missing: string[] = [];

  class BrowserWindow extends StandInWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      assertReady(ctx, 'BrowserWindow');
      super(ctx, windowOptions);
    }
    static getAllWindows(): StandInWindow[] {
      ctx.rec('BrowserWindow.getAllWindows');
      return [...ctx.open];
    }
    static getFocusedWindow(): StandInWindow | null {
      ctx.rec('BrowserWindow.getFocusedWindow');
      return ctx.focused && !ctx.focused.destroyed ? ctx.focused : null;
    }
  }

  const electron = guardModule(
    'main',
    {
      app,
      BrowserWindow,
      ipcMain: createIpcMain(ctx, handleCalls),
      Menu: createMenu(ctx, menusBuilt, applicationMenus),
      protocol: createProtocol(ctx, privilegedSchemes),
      session: createSession(ctx, sessionRecord),
      dialog: createDialog(ctx, dialogs, answers),
      shell: createShell(ctx, openedExternal),
      screen: createScreen(ctx),
    } as MainElectron,
    (name) => missing.push(name),
  );

  return {
    electron,
    app,
    calls,
    handleCalls,
    ipcHandlers: ctx.ipcHandlers,
    protocolHandlers: ctx.protocolHandlers,
    privilegedSchemes,
    windows: ctx.windows,
    openWindows: () => [...ctx.open],
    menusBuilt,
    applicationMenus,
    session: sessionRecord,
    dialogs,
    answers,
    openedExternal,
    missing,
    quitState: () => ctx.quitState,
    getPath: (name) => ctx.paths.get(name),
    async request(url) {
      const handler = ctx.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no protocol handler for ${url}`);
      return handler(new Request(url));
    },
    invokeFrom: (frameUrl, channel, ...args) => app.ipcFromRenderer(undefined, frameUrl, channel, args),
  };
}

/** The renderer-side module for a preload run outside any window (the preload's own checks). */
export function createRendererStandIn(
  invokeMain: (channel: string, args: unknown[]) => Promise<unknown>,
): RendererSide {
  return new RendererSide(invokeMain);
}
