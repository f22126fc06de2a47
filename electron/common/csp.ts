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

export function buildCsp(kind: 'header' | 'meta' = 'header'): string {
  const all = kind === 'header' ? [...DIRECTIVES, ['frame-ancestors', "'none'"] as const] : DIRECTIVES;
  return all.map(([k, v]) => `${k} ${v}`).join('; ');
}
