// The Content Security Policy: nothing remote, no eval, no inline script. Sent as a header by the app://
// protocol and the browser host, and written as a <meta> tag into the built index.html (defence in depth).
// `frame-ancestors` only works as a header, so the meta variant leaves it out.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/**
 * `dev` is for `npm run dev` only (Vite's dev server, never served by app:// or the browser host's own
 * server): Vite injects the React refresh preamble as an inline script and CSS as <style> tags, and talks
 * to the page over a WebSocket. Everything else stays as strict as the shipped policy.
 */
const DEV_EXTRA: Readonly<Record<string, string>> = {
  'script-src': "'unsafe-inline'",
  'style-src': "'unsafe-inline'",
  'connect-src': 'ws: http:',
};

export function buildCsp(kind: 'header' | 'meta' | 'dev' = 'header'): string {
  const all = kind === 'header' ? [...DIRECTIVES, ['frame-ancestors', "'none'"] as const] : DIRECTIVES;
  return all.map(([k, v]) => `${k} ${kind === 'dev' && DEV_EXTRA[k] ? `${v} ${DEV_EXTRA[k]}` : v}`).join('; ');
}
