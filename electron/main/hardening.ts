// Session- and web-contents-level defences: deny every permission, cancel every web request that is not
// our own renderer (the app is offline by design), refuse navigation away, new windows and webviews.
import { app, session, shell } from 'electron';
import { APP_ORIGIN, isSafeExternalUrl, navigationDecision } from '../common/url-policy';

export function hardenSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  // Nothing leaves the machine: http(s) and websocket requests are cancelled outright.
  s.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_d, callback) =>
    callback({ cancel: true }),
  );
}

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { preventDefault(): void }, url: string): void => {
      const decision = navigationDecision(url, APP_ORIGIN);
      if (decision === 'allow') return;
      event.preventDefault();
      if (decision === 'open-external') void shell.openExternal(new URL(url).href);
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Hand the system browser the parsed, normalised URL, never the raw string.
      if (isSafeExternalUrl(url)) void shell.openExternal(new URL(url).href);
      return { action: 'deny' };
    });
  });
}
