// Windows and their web contents in the stand-in (tests/standin/electron-standin.ts), and the state they
// share with the rest of the stand-in (Ctx): options, recorded calls, open windows, IPC and protocol handlers.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { standInEvent, type Area, type Call } from './standin-core';
import { RendererSide } from './standin-renderer';

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
export type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
export interface IpcMainInvokeEvent {
  sender: StandInWebContents | undefined;
  senderFrame: { url: string } | null;
  processId: number;
  frameId: number;
}
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** What the windows use of the app: StandInApp (standin-app.ts, which builds on this file). */
export interface CtxApp extends EventEmitter {
  quit(): void;
  ipcFromRenderer(
    sender: StandInWebContents | undefined,
    frameUrl: string | null,
    channel: string,
    args: unknown[],
  ): Promise<unknown>;
}

export interface Ctx {
  options: StandInOptions;
  calls: Call[];
  rec(api: string, ...args: unknown[]): void;
  ready: boolean;
  quitState: 'running' | 'quitting' | 'quit';
  paths: Map<string, string>;
  app: CtxApp;
  /** open windows, in creation order (BrowserWindow.getAllWindows()) */
  open: StandInWindow[];
  /** every window ever created */
  windows: StandInWindow[];
  focused: StandInWindow | undefined;
  ipcHandlers: Map<string, IpcHandler>;
  protocolHandlers: Map<string, ProtocolHandler>;
}

/** Electron: these modules "can only be used after the ready event of the app module is emitted". */
export function assertReady(ctx: Ctx, what: string): void {
  if (!ctx.ready) throw new Error(`The ${what} module can only be used after the app is ready`);
}

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
