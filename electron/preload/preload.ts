// Preload (sandboxed, context-isolated): exposes exactly the host bridge and nothing of ipcRenderer.
// Bundled to one CommonJS file by electron/cli/build-electron.ts.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, CHANNEL_NAMES, MENU_EVENT } from '../contract/channels';
import type { HostBridge } from '../contract/host-api';

const allowed = new Set<string>(CHANNEL_NAMES);

const bridge: HostBridge = {
  invoke(channel, request) {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, code: 'unknown-channel', message: 'This action is not available.' });
    }
    return ipcRenderer.invoke(channel, request);
  },
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown): void => listener(command);
    ipcRenderer.on(MENU_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
