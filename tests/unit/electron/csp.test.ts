import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../../electron/common/csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k as string, v]),
  );
}

describe('Content Security Policy', () => {
  const header = directives(buildCsp('header'));
  it('defaults to nothing and allows scripts only from self', () => {
    expect(header.get('default-src')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('never allows eval, inline script or any remote host', () => {
    const text = buildCsp('header');
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
    expect(text).not.toMatch(/https?:|\*|wss?:/);
  });
  it('meta variant leaves out frame-ancestors (ignored in <meta>) but keeps everything else', () => {
    const meta = directives(buildCsp('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    for (const [k, v] of meta) expect(header.get(k)).toEqual(v);
  });
  it("the dev variant (npm run dev only) adds just what Vite's dev server needs, and nothing remote", () => {
    const dev = directives(buildCsp('dev'));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws:', 'http:']);
    for (const k of ['default-src', 'img-src', 'font-src', 'object-src', 'base-uri', 'form-action'])
      expect(dev.get(k)).toEqual(header.get(k));
    expect(buildCsp('dev')).not.toMatch(/unsafe-eval/);
  });
});
