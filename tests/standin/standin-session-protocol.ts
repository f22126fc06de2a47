// protocol and session in the stand-in (tests/standin/electron-standin.ts): privileged schemes, scheme
// handlers, and the default session's permission handlers and request filters.
import type { CustomScheme } from 'electron';
import { assertReady, type Ctx, type ProtocolHandler } from './standin-window';

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

export interface SessionRecord {
  permissionRequest?: PermissionRequestHandler;
  permissionCheck?: (...args: unknown[]) => boolean;
  devicePermission?: (...args: unknown[]) => boolean;
  beforeRequest: Array<{ filter: { urls: string[] }; listener: BeforeRequestListener }>;
}

export interface StandInProtocol {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: ProtocolHandler): void;
  isProtocolHandled(scheme: string): boolean;
}

export interface StandInSessionModule {
  readonly defaultSession: unknown;
}

/** protocol; the schemes registered privileged are pushed to `privilegedSchemes`. */
export function createProtocol(ctx: Ctx, privilegedSchemes: CustomScheme[]): StandInProtocol {
  return {
    registerSchemesAsPrivileged(schemes) {
      ctx.rec('protocol.registerSchemesAsPrivileged', schemes);
      if (ctx.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      privilegedSchemes.push(...schemes);
    },
    handle(scheme, handler) {
      ctx.rec('protocol.handle', scheme);
      assertReady(ctx, 'protocol');
      if (ctx.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      ctx.protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme) => ctx.protocolHandlers.has(scheme),
  };
}

/** session; what main sets on the default session is kept in `sessionRecord`. */
export function createSession(ctx: Ctx, sessionRecord: SessionRecord): StandInSessionModule {
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
  return {
    get defaultSession() {
      // Electron's message when the session is asked for too early.
      if (!ctx.ready) throw new Error('Session can only be received when app is ready');
      return defaultSession;
    },
  };
}
