// The renderer side of the stand-in (tests/standin/electron-standin.ts): ipcRenderer and contextBridge as a
// page's preload sees them.
import { guardModule, type Call, type Listener } from './standin-core';

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
