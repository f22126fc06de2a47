// A stand-in for the parts of the `electron` module that the built main and preload bundles use, for
// tests only (issue 21: no Electron binary can be downloaded here, so out/main/main.cjs and
// out/preload/preload.cjs never ran anywhere). It is just rich enough to drive a start-up and records
// every call. Where it decides something Electron decides, it follows Electron's documented behaviour
// (cited inline) — but it is wiring only: no window, renderer, GPU, IPC transport or OS is involved.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxSyncOptions,
  OpenDialogOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
} from 'electron';

export interface Call {
  api: string;
  args: unknown[];
}
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's preventable event object (the part main uses). */
export interface StandInEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}
export function standInEvent(): StandInEvent {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export interface StandInOptions {
  /** app.getAppPath(): the repo root, or the app folder extracted from app.asar */
  appPath: string;
  /** app.getPath(name) before main changes anything (userData, documents, …): all inside a temp folder */
  paths: { userData: string; documents: string; temp: string; home: string; appData: string };
  isPackaged: boolean;
  /** the answer of app.requestSingleInstanceLock(); false = another copy runs */
  singleInstanceLock?: boolean;
  /** screen.getAllDisplays() work areas */
  displays?: Area[];
  /** the page's side of webContents.executeJavaScript (the renderer is not here: the test answers for it) */
  page?: (contents: StandInWebContents, code: string) => Promise<unknown>;
  /** runs the window's preload after every page load (see load-bundle.ts: a sandbox-like vm context) */
  runPreload?: (contents: StandInWebContents, preloadPath: string) => void;
  /** what webContents.printToPDF resolves with */
  pdfBytes?: Uint8Array;
}

export interface PageLoad {
  url: string;
  status?: number;
  headers?: Record<string, string>;
  body?: Buffer;
  error?: string;
}
type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
export interface IpcMainInvokeEvent {
  sender: StandInWebContents | undefined;
  senderFrame: { url: string } | null;
  processId: number;
  frameId: number;
}
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type Listener = (...args: unknown[]) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type BeforeRequestListener = (
  details: { url: string; resourceType?: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

interface Ctx {
  options: StandInOptions;
  calls: Call[];
  rec(api: string, ...args: unknown[]): void;
  ready: boolean;
  quitState: 'running' | 'quitting' | 'quit';
  paths: Map<string, string>;
  app: StandInApp;
  /** open windows, in creation order (BrowserWindow.getAllWindows()) */
  open: StandInWindow[];
  /** every window ever created */
  windows: StandInWindow[];
  focused: StandInWindow | undefined;
  ipcHandlers: Map<string, IpcHandler>;
  protocolHandlers: Map<string, ProtocolHandler>;
}

// ---------------------------------------------------------------------------------------------- renderer

/**
 * One page's renderer side as the preload sees it: ipcRenderer and contextBridge, and the "main world"
 * the page would see (what contextBridge exposed, copied across as Electron copies it).
 */
export class RendererSide {
  readonly listeners = new Map<string, Set<Listener>>();
  readonly exposed: Array<{ key: string; api: unknown }> = [];
  readonly world = new Map<string, unknown>();
  readonly invokes: Array<{ channel: string; args: unknown[] }> = [];
  readonly calls: Call[] = [];
  readonly electron: RendererElectron;

  constructor(private readonly invokeMain: (channel: string, args: unknown[]) => Promise<unknown>) {
    const rec = (api: string, ...args: unknown[]): void => {
      this.calls.push({ api, args });
    };
    const ipcRenderer = {
      invoke: (channel: string, ...args: unknown[]): Promise<unknown> => {
        rec('ipcRenderer.invoke', channel, ...args);
        this.invokes.push({ channel, args });
        return this.invokeMain(channel, args);
      },
      on: (channel: string, listener: Listener) => {
        rec('ipcRenderer.on', channel);
        let set = this.listeners.get(channel);
        if (!set) this.listeners.set(channel, (set = new Set()));
        set.add(listener);
        return ipcRenderer;
      },
      removeListener: (channel: string, listener: Listener) => {
        rec('ipcRenderer.removeListener', channel);
        this.listeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    };
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown): void => {
        rec('contextBridge.exposeInMainWorld', key, api);
        // Electron: "Cannot bind an API on top of an existing property on the window object".
        if (this.world.has(key))
          throw new Error('Cannot bind an API on top of an existing property on the window object');
        this.exposed.push({ key, api });
        this.world.set(key, bridgeCopy(api));
      },
    };
    this.electron = guardModule('renderer', { ipcRenderer, contextBridge }, (name) =>
      this.calls.push({ api: `missing:${name}`, args: [] }),
    );
  }

  /** main → renderer message (webContents.send), after IPC's structured clone */
  deliver(channel: string, args: unknown[]): void {
    const event = { sender: this.electron.ipcRenderer, senderId: 0 };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...structuredClone(args));
  }
}

export interface RendererElectron {
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: Listener): unknown;
    removeListener(channel: string, listener: Listener): unknown;
  };
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
}

/**
 * What contextBridge does to an exposed API, roughly: values are copied, functions and promises are
 * proxied (so nothing of the isolated world's objects, prototypes or ipcRenderer reaches the page).
 */
export function bridgeCopy(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => bridgeCopy(fn(...args.map(bridgeCopy)));
  }
  if (value !== null && typeof value === 'object') {
    if (typeof (value as PromiseLike<unknown>).then === 'function')
      return Promise.resolve(value as PromiseLike<unknown>).then(bridgeCopy);
    if (Array.isArray(value)) return value.map(bridgeCopy);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bridgeCopy(v)]));
  }
  return value;
}

// ------------------------------------------------------------------------------------- windows, contents

let nextContentsId = 1;
let nextWindowId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  destroyed = false;
  crashed = false;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly loads: PageLoad[] = [];
  readonly scripts: string[] = [];
  readonly printCalls: PrintToPDFOptions[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  /** the current page's renderer side (replaced on every page load) */
  renderer: RendererSide | undefined;
  /** preload errors Electron would log ("Unable to load preload script") and carry on */
  readonly preloadErrors: string[] = [];

  constructor(
    private readonly ctx: Ctx,
    readonly owner: StandInWindow,
  ) {
    super();
  }

  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }

  send(channel: string, ...args: unknown[]): void {
    this.ctx.rec('webContents.send', channel, ...args);
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
    this.renderer?.deliver(channel, args);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.ctx.rec('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }

  async executeJavaScript(code: string): Promise<unknown> {
    this.ctx.rec('webContents.executeJavaScript', code);
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.scripts.push(code);
    if (!this.ctx.options.page) throw new Error('stand-in: no page answers executeJavaScript');
    return this.ctx.options.page(this, code);
  }

  async printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    this.ctx.rec('webContents.printToPDF', options);
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.printCalls.push(options);
    return Buffer.from(
      this.ctx.options.pdfBytes ?? Buffer.from('%PDF-1.4\n% stand-in\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    );
  }

  /** Loads a page through the scheme's registered protocol handler (the only scheme main serves). */
  async loadURL(url: string): Promise<void> {
    this.ctx.rec('webContents.loadURL', url);
    if (this.destroyed) throw new Error('Object has been destroyed');
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.ctx.protocolHandlers.get(scheme);
    if (!handler) {
      const error = `ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`;
      this.loads.push({ url, error });
      throw new Error(error);
    }
    this.url = url;
    // Chromium never sends the fragment to a protocol handler.
    const response = await handler(new Request(url.replace(/#.*$/, '')));
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    this.loads.push({ url, status: response.status, headers, body });
    this.renderer = new RendererSide((channel, args) => this.ctx.app.ipcFromRenderer(this, this.url, channel, args));
    const preload = this.owner.options.webPreferences?.preload;
    if (preload && this.ctx.options.runPreload) {
      try {
        this.ctx.options.runPreload(this, preload);
      } catch (error) {
        this.preloadErrors.push(`Unable to load preload script: ${preload}: ${(error as Error).message}`);
      }
    }
    this.emit('did-finish-load');
    this.owner.pageLoaded();
  }

  /** the page changed its own hash (a same-document navigation: no reload, no preload run) */
  setHash(hash: string): void {
    this.url = `${this.url.replace(/#.*$/, '')}${hash}`;
  }
}

export class StandInWindow extends EventEmitter {
  readonly id = nextWindowId++;
  readonly webContents: StandInWebContents;
  visible = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  private readyToShowSent = false;
  readonly bounds: Area;

  constructor(
    private readonly ctx: Ctx,
    readonly options: BrowserWindowConstructorOptions,
  ) {
    super();
    ctx.rec('new BrowserWindow', options);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new StandInWebContents(ctx, this);
    ctx.open.push(this);
    ctx.windows.push(this);
    // Both events fire inside the constructor in Electron (print-window.ts relies on it).
    ctx.app.emit('web-contents-created', standInEvent(), this.webContents);
    ctx.app.emit('browser-window-created', standInEvent(), this);
    if (options.show !== false) this.show();
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.ctx.rec('BrowserWindow.show', this.id);
    this.visible = true;
    this.minimized = false;
    this.ctx.focused = this;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.ctx.rec('BrowserWindow.focus', this.id);
    this.ctx.focused = this;
  }
  /** Electron ≥ 23 (electron/electron#38242): a minimized window is not visible, on every platform. */
  isVisible(): boolean {
    return !this.destroyed && this.visible && !this.minimized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    if (this.ctx.focused === this) this.ctx.focused = undefined;
  }
  restore(): void {
    this.ctx.rec('BrowserWindow.restore', this.id);
    this.minimized = false;
  }
  maximize(): void {
    this.ctx.rec('BrowserWindow.maximize', this.id);
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Area {
    return { ...this.bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The user (or app.quit) closes the window: 'close' can be prevented, then 'closed'. */
  close(): void {
    this.ctx.rec('BrowserWindow.close', this.id);
    if (this.destroyed) return;
    const event = standInEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.gone();
  }
  /** Electron: destroy() emits no 'close', only 'closed'. */
  destroy(): void {
    this.ctx.rec('BrowserWindow.destroy', this.id);
    this.gone();
  }

  pageLoaded(): void {
    if (this.readyToShowSent) return;
    this.readyToShowSent = true;
    this.emit('ready-to-show');
  }

  private gone(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    if (this.ctx.focused === this) this.ctx.focused = undefined;
    this.ctx.open = this.ctx.open.filter((w) => w !== this);
    this.emit('closed');
    this.webContents.emit('destroyed');
    // Electron: 'window-all-closed' when the last window closes (not while quitting); no listener = quit.
    if (this.ctx.open.length === 0 && this.ctx.quitState === 'running') {
      if (this.ctx.app.listenerCount('window-all-closed') > 0) this.ctx.app.emit('window-all-closed');
      else this.ctx.app.quit();
    }
  }
}

// --------------------------------------------------------------------------------------------------- app

export class StandInApp extends EventEmitter {
  private resolveReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  readonly recentDocuments: string[] = [];

  constructor(private readonly ctx: Ctx) {
    super();
  }

  get isPackaged(): boolean {
    return this.ctx.options.isPackaged;
  }
  isReady(): boolean {
    return this.ctx.ready;
  }
  whenReady(): Promise<void> {
    this.ctx.rec('app.whenReady');
    return this.readyPromise;
  }
  getAppPath(): string {
    this.ctx.rec('app.getAppPath');
    return this.ctx.options.appPath;
  }
  getPath(name: string): string {
    this.ctx.rec('app.getPath', name);
    const value = this.ctx.paths.get(name);
    if (!value) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  setPath(name: string, value: string): void {
    this.ctx.rec('app.setPath', name, value);
    if (!path.isAbsolute(value)) throw new Error('Path must be absolute');
    this.ctx.paths.set(name, value);
  }
  /** Electron: the version in the app's package.json. */
  getVersion(): string {
    this.ctx.rec('app.getVersion');
    return (
      JSON.parse(readFileSync(path.join(this.ctx.options.appPath, 'package.json'), 'utf8')) as { version: string }
    ).version;
  }
  requestSingleInstanceLock(): boolean {
    this.ctx.rec('app.requestSingleInstanceLock');
    return this.ctx.options.singleInstanceLock ?? true;
  }
  addRecentDocument(file: string): void {
    this.ctx.rec('app.addRecentDocument', file);
    this.recentDocuments.push(file);
  }
  /** Electron: 'before-quit', every window closed, then 'will-quit' and 'quit' (each step preventable). */
  quit(): void {
    this.ctx.rec('app.quit');
    if (this.ctx.quitState !== 'running') return;
    this.ctx.quitState = 'quitting';
    const before = standInEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) {
      this.ctx.quitState = 'running';
      return;
    }
    for (const win of [...this.ctx.open]) win.close();
    if (this.ctx.open.length > 0) {
      this.ctx.quitState = 'running';
      return;
    }
    const will = standInEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) {
      this.ctx.quitState = 'running';
      return;
    }
    this.ctx.quitState = 'quit';
    this.emit('quit', standInEvent(), 0);
  }

  /** test control: the app becomes ready */
  becomeReady(): void {
    if (this.ctx.ready) return;
    this.ctx.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', standInEvent(), {});
    this.resolveReady();
  }

  /** an ipcRenderer.invoke from a page, as ipcMain receives it */
  async ipcFromRenderer(
    sender: StandInWebContents | undefined,
    frameUrl: string | null,
    channel: string,
    args: unknown[],
  ): Promise<unknown> {
    const handler = this.ctx.ipcHandlers.get(channel);
    // Electron's rejection text in the renderer.
    if (!handler)
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event: IpcMainInvokeEvent = {
      sender,
      senderFrame: frameUrl === null ? null : { url: frameUrl },
      processId: 1,
      frameId: 1,
    };
    try {
      // Requests and answers cross the process boundary as structured clones.
      return structuredClone(await handler(event, ...structuredClone(args)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
    }
  }
}

// -------------------------------------------------------------------------------------------- the module

export class StandInMenu {
  constructor(readonly items: MenuItemConstructorOptions[]) {}
}

function checkTemplate(items: readonly MenuItemConstructorOptions[]): void {
  for (const item of items) {
    // Electron's own message for such an item.
    if (item.label === undefined && item.role === undefined && item.type === undefined) {
      throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    if (Array.isArray(item.submenu)) checkTemplate(item.submenu);
  }
}

/** Any property the stand-in lacks fails loudly, naming what to add (instead of "undefined is not a function"). */
function guardModule<T extends object>(side: string, api: T, onMissing: (name: string) => void): T {
  return new Proxy(api, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && key !== '__esModule' && key !== 'default' && key !== 'then') {
        onMissing(key);
        throw new Error(
          `electron stand-in (${side}): electron.${key} is not part of the stand-in; add it to tests/standin/electron-standin.ts`,
        );
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

export interface SessionRecord {
  permissionRequest?: PermissionRequestHandler;
  permissionCheck?: (...args: unknown[]) => boolean;
  devicePermission?: (...args: unknown[]) => boolean;
  beforeRequest: Array<{ filter: { urls: string[] }; listener: BeforeRequestListener }>;
}

export interface DialogRecord {
  kind: 'open' | 'save' | 'message' | 'error';
  parent: StandInWindow | undefined;
  options: unknown;
}

export type StandInBrowserWindowClass = (new (options: BrowserWindowConstructorOptions) => StandInWindow) & {
  getAllWindows(): StandInWindow[];
  getFocusedWindow(): StandInWindow | null;
};

export interface MainElectron {
  app: StandInApp;
  BrowserWindow: StandInBrowserWindowClass;
  ipcMain: { handle(channel: string, handler: IpcHandler): void; removeHandler(channel: string): void };
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): StandInMenu;
    setApplicationMenu(menu: StandInMenu | null): void;
    getApplicationMenu(): StandInMenu | null;
  };
  protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: ProtocolHandler): void;
    isProtocolHandled(scheme: string): boolean;
  };
  session: { readonly defaultSession: unknown };
  dialog: {
    showOpenDialog(
      a: StandInWindow | OpenDialogOptions,
      b?: OpenDialogOptions,
    ): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(
      a: StandInWindow | SaveDialogOptions,
      b?: SaveDialogOptions,
    ): Promise<{ canceled: boolean; filePath: string }>;
    showMessageBoxSync(a: StandInWindow | MessageBoxSyncOptions, b?: MessageBoxSyncOptions): number;
    showErrorBox(title: string, content: string): void;
  };
  shell: { openExternal(url: string): Promise<void> };
  screen: { getAllDisplays(): Array<{ id: number; bounds: Area; workArea: Area; scaleFactor: number }> };
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
  answers: { open: Array<string[] | undefined>; save: Array<string | undefined>; messageBox: number[] };
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
  const assertReady = (what: string): void => {
    // Electron: these modules "can only be used after the ready event of the app module is emitted".
    if (!ctx.ready) throw new Error(`The ${what} module can only be used after the app is ready`);
  };

  const handleCalls: string[] = [];
  const privilegedSchemes: CustomScheme[] = [];
  const menusBuilt: StandInMenu[] = [];
  const applicationMenus: Array<StandInMenu | null> = [];
  const sessionRecord: SessionRecord = { beforeRequest: [] };
  const dialogs: DialogRecord[] = [];
  const answers: ElectronStandIn['answers'] = { open: [], save: [], messageBox: [] };
  const openedExternal: string[] = [];
  const missing: string[] = [];

  class BrowserWindow extends StandInWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      assertReady('BrowserWindow');
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

  const ipcMain: MainElectron['ipcMain'] = {
    handle(channel, handler) {
      ctx.rec('ipcMain.handle', channel);
      handleCalls.push(channel);
      // Electron's own error for a second handler.
      if (ctx.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ctx.ipcHandlers.set(channel, handler);
    },
    removeHandler(channel) {
      ctx.rec('ipcMain.removeHandler', channel);
      ctx.ipcHandlers.delete(channel);
    },
  };

  let applicationMenu: StandInMenu | null = null;
  const Menu: MainElectron['Menu'] = {
    buildFromTemplate(template) {
      ctx.rec('Menu.buildFromTemplate', template);
      checkTemplate(template);
      const menu = new StandInMenu(template);
      menusBuilt.push(menu);
      return menu;
    },
    setApplicationMenu(menu) {
      ctx.rec('Menu.setApplicationMenu', menu);
      applicationMenu = menu;
      applicationMenus.push(menu);
    },
    getApplicationMenu: () => applicationMenu,
  };

  const protocol: MainElectron['protocol'] = {
    registerSchemesAsPrivileged(schemes) {
      ctx.rec('protocol.registerSchemesAsPrivileged', schemes);
      if (ctx.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      privilegedSchemes.push(...schemes);
    },
    handle(scheme, handler) {
      ctx.rec('protocol.handle', scheme);
      assertReady('protocol');
      if (ctx.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      ctx.protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme) => ctx.protocolHandlers.has(scheme),
  };

  const defaultSession = {
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      ctx.rec('session.setPermissionRequestHandler');
      sessionRecord.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      ctx.rec('session.setPermissionCheckHandler');
      sessionRecord.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      ctx.rec('session.setDevicePermissionHandler');
      sessionRecord.devicePermission = handler;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, listener: BeforeRequestListener) {
        ctx.rec('session.webRequest.onBeforeRequest', filter);
        sessionRecord.beforeRequest.push({ filter, listener });
      },
    },
  };
  const session: MainElectron['session'] = {
    get defaultSession() {
      // Electron's message when the session is asked for too early.
      if (!ctx.ready) throw new Error('Session can only be received when app is ready');
      return defaultSession;
    },
  };

  const split = <O>(a: StandInWindow | O, b: O | undefined): [StandInWindow | undefined, O] =>
    a instanceof StandInWindow ? [a, b as O] : [undefined, a];
  const dialog: MainElectron['dialog'] = {
    async showOpenDialog(a, b) {
      const [parent, opts] = split(a, b);
      ctx.rec('dialog.showOpenDialog', parent?.id, opts);
      dialogs.push({ kind: 'open', parent, options: opts });
      const answer = answers.open.shift();
      return answer ? { canceled: false, filePaths: answer } : { canceled: true, filePaths: [] };
    },
    async showSaveDialog(a, b) {
      const [parent, opts] = split(a, b);
      ctx.rec('dialog.showSaveDialog', parent?.id, opts);
      dialogs.push({ kind: 'save', parent, options: opts });
      const answer = answers.save.shift();
      return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
    },
    showMessageBoxSync(a, b) {
      const [parent, opts] = split(a, b);
      ctx.rec('dialog.showMessageBoxSync', parent?.id, opts);
      dialogs.push({ kind: 'message', parent, options: opts });
      return answers.messageBox.shift() ?? 0;
    },
    showErrorBox(title, content) {
      ctx.rec('dialog.showErrorBox', title, content);
      dialogs.push({ kind: 'error', parent: undefined, options: { title, content } });
    },
  };

  const shell: MainElectron['shell'] = {
    async openExternal(url) {
      ctx.rec('shell.openExternal', url);
      openedExternal.push(url);
    },
  };

  const screen: MainElectron['screen'] = {
    getAllDisplays() {
      ctx.rec('screen.getAllDisplays');
      assertReady('screen');
      return (options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }]).map((area, i) => ({
        id: i + 1,
        bounds: area,
        workArea: { ...area, height: area.height - 40 },
        scaleFactor: 1,
      }));
    },
  };

  const electron = guardModule(
    'main',
    { app, BrowserWindow, ipcMain, Menu, protocol, session, dialog, shell, screen } as MainElectron,
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
