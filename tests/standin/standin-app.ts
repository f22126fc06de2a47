// The app module of the stand-in (tests/standin/electron-standin.ts): paths, ready, single-instance lock,
// quit, and ipcMain's receiving end (an invoke from a page).
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { standInEvent } from './standin-core';
import type { Ctx, IpcMainInvokeEvent, StandInWebContents } from './standin-window';

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
