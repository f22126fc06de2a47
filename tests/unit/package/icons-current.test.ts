// The committed icons must be what `npm run icons` makes from the committed SVG, at the sizes their names
// and containers claim. Editing the SVG without regenerating fails here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, ICO_SIZES, ICON_PATHS, type IconManifest, PNG_SIZES } from '../../../electron/cli/icons/icon-set';
import { readIcns, readIco, readPngHeader } from '../../package/icon-formats';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (rel: string): Buffer => readFileSync(path.join(root, rel));
const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const manifest = JSON.parse(read(ICON_PATHS.manifest).toString('utf8')) as IconManifest;
const REGENERATE = 'run `npm run icons` and commit the regenerated files';

describe('generated icons are current', () => {
  it('were generated from the committed SVG', () => {
    expect(manifest.source).toBe(ICON_PATHS.source);
    expect(
      sha256(read(ICON_PATHS.source)),
      `${ICON_PATHS.source} changed since the icons were generated: ${REGENERATE}`,
    ).toBe(manifest.sourceSha256);
  });

  it('have not been edited or replaced since generation', () => {
    expect(Object.keys(manifest.files).length).toBeGreaterThan(0);
    for (const [rel, hash] of Object.entries(manifest.files)) {
      expect(sha256(read(rel)), `${rel} differs from what the generator wrote: ${REGENERATE}`).toBe(hash);
    }
  });

  it('give the renderer the same artwork (renderer/public/icon.svg is a copy of the source)', () => {
    expect(
      read(ICON_PATHS.rendererCopy).equals(read(ICON_PATHS.source)),
      `renderer/public/icon.svg is not the app icon: ${REGENERATE}`,
    ).toBe(true);
  });
});

describe('the source SVG', () => {
  const svg = read(ICON_PATHS.source).toString('utf8');

  it('is square, text-free and self-contained (no fonts, images or URLs to fetch)', () => {
    expect(svg).toMatch(/<svg\b[^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toMatch(/<(text|image|foreignObject)\b/);
    expect(svg).not.toMatch(/(href|url)\s*[=(]\s*["']?(https?:|data:|\/\/)/);
  });
});

describe('every generated image has the size its name or container entry says', () => {
  it('Linux set: one <N>x<N>.png per size, IHDR matching the name', () => {
    const names = readdirSync(path.join(root, ICON_PATHS.linuxDir)).filter((n) => n.endsWith('.png'));
    expect(names.sort()).toEqual(PNG_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const name of names) {
      const [w, h] = name.replace('.png', '').split('x').map(Number);
      expect(readPngHeader(read(`${ICON_PATHS.linuxDir}/${name}`)), name).toEqual({ width: w, height: h });
    }
  });

  it('icon.png is 1024 px', () => {
    expect(readPngHeader(read(ICON_PATHS.png))).toEqual({ width: 1024, height: 1024 });
  });

  it('icon.ico holds PNG entries of 16..256 px whose IHDR matches the directory', () => {
    const entries = readIco(read(ICON_PATHS.ico));
    expect(entries.map((e) => e.label)).toEqual(ICO_SIZES.map((s) => `${s}x${s}`));
    for (const e of entries) expect(`${e.png?.width}x${e.png?.height}`).toBe(e.label);
  });

  it('icon.icns holds icp4..ic10 as PNGs of 16..1024 px', () => {
    const entries = readIcns(read(ICON_PATHS.icns));
    expect(entries.map((e) => [e.label, e.png?.width, e.png?.height])).toEqual(
      ICNS_TYPES.map((t) => [t.type, t.size, t.size]),
    );
  });
});
