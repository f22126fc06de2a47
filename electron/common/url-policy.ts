// Pure URL decisions for the main process: which frames are ours, where the window may navigate, and which
// links may leave for the system browser. Table-tested with hostile inputs in tests/unit/electron.

/** The renderer's origin inside Electron: a standard, secure custom scheme served from the app bundle. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 4096) return undefined;
  // Control characters and whitespace are never part of a link we would follow.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True when `url` is a page of our own renderer at `origin` (e.g. "app://bundle" or "http://127.0.0.1:5173"). */
export function isAppUrl(url: unknown, origin: string = APP_ORIGIN): boolean {
  const u = parse(url);
  const o = parse(origin);
  if (!u || !o) return false;
  return u.protocol === o.protocol && u.host === o.host && u.username === '' && u.password === '';
}

/** Only plain http(s) links with a host and no embedded credentials go to the system browser. */
export function isSafeExternalUrl(url: unknown): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (u.hostname === '' || u.username !== '' || u.password !== '') return false;
  return true;
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** In-app navigation stays; safe web links open outside; everything else (file:, javascript:, …) is refused. */
export function navigationDecision(url: unknown, origin: string = APP_ORIGIN): NavigationDecision {
  if (isAppUrl(url, origin)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-external';
  return 'deny';
}
