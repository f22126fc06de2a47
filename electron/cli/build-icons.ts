// `npm run icons`: rasterises the one app icon source (electron/resources/icon.svg) with Chromium and writes
// every platform's icon (Linux PNG set, icon.png, icon.ico, icon.icns), the renderer's copy of the SVG and
// a manifest of hashes. The outputs are committed, so packaging on a user's machine needs no Chromium.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../browser-host/chromium-path';
import { icnsElements, writeIcns } from './icons/icns-writer';
import { type SizedPng, writeIco } from './icons/ico-writer';
import { ICNS_TYPES, ICO_SIZES, ICON_PATHS, type IconManifest, linuxPngPath, PNG_SIZES } from './icons/icon-set';
import { pngSize } from './icons/png-info';

// The repository root, whatever the working directory (this file is electron/cli/build-icons.ts).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAC_ARTWORK_SCALE = 824 / 1024;
const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The source must be a square SVG, or every platform's icon would be stretched. */
function checkSource(svg: string): void {
  const viewBox = /<svg\b[^>]*\bviewBox="\s*([\d.-]+)[\s,]+([\d.-]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!viewBox) throw new Error(`${ICON_PATHS.source} needs a viewBox on its <svg> element`);
  if (viewBox[3] !== viewBox[4])
    throw new Error(`${ICON_PATHS.source} must be square (viewBox ${viewBox.slice(1).join(' ')})`);
}

/**
 * Renders the SVG at each size as a vector (not by scaling one bitmap), on a transparent background,
 * drawn at `scale` of the canvas and centred.
 */
async function rasterise(svg: string, sizes: readonly number[], scale = 1): Promise<SizedPng[]> {
  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const max = Math.max(...sizes);
    const page = await browser.newPage({ viewport: { width: max, height: max }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const out: SizedPng[] = [];
    for (const size of sizes) {
      // A whole-pixel margin keeps the artwork on the pixel grid (a half-pixel offset blurs small sizes).
      const margin = Math.round((size - size * scale) / 2);
      const drawn = size - 2 * margin;
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${src}" width="${drawn}" height="${drawn}" style="display:block;margin:${margin}px"></body></html>`,
      );
      await page.waitForFunction(() => (document.getElementById('icon') as HTMLImageElement | null)?.complete === true);
      const png = await page.screenshot({
        clip: { x: 0, y: 0, width: size, height: size },
        omitBackground: true,
        type: 'png',
      });
      const actual = pngSize(png);
      if (actual?.width !== size || actual.height !== size)
        throw new Error(`Chromium gave a ${JSON.stringify(actual)} image for ${size} px`);
      out.push({ size, png });
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function writeOutput(rel: string, data: Uint8Array | string, files: Record<string, string>): Promise<void> {
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data);
  files[rel] = sha256(data);
}

const source = await readFile(path.join(root, ICON_PATHS.source));
const svg = source.toString('utf8');
checkSource(svg);
const pngs = await rasterise(svg, PNG_SIZES);
// macOS draws app icons on Apple's grid: the artwork is an 824 px shape centred on the 1024 px canvas, so
// a full-bleed icon looks oversized in the Dock. Windows and Linux icons stay full-bleed.
const macPngs = await rasterise(
  svg,
  ICNS_TYPES.map((t) => t.size),
  MAC_ARTWORK_SCALE,
);
const bySize = (size: number): SizedPng => {
  const found = pngs.find((p) => p.size === size);
  if (!found) throw new Error(`no ${size} px rendering`);
  return found;
};

const files: Record<string, string> = {};
for (const { size, png } of pngs) await writeOutput(linuxPngPath(size), png, files);
await writeOutput(ICON_PATHS.png, bySize(1024).png, files);
await writeOutput(ICON_PATHS.ico, writeIco(ICO_SIZES.map(bySize)), files);
await writeOutput(ICON_PATHS.icns, writeIcns(icnsElements(ICNS_TYPES, macPngs)), files);
// One artwork: the renderer's icon (index.html's ./icon.svg, served from Vite's public folder) is a copy of
// the source rather than a reference into electron/, which the renderer build does not reach; the
// icons-current unit test keeps the two byte-identical.
await writeOutput(ICON_PATHS.rendererCopy, source, files);

const manifest: IconManifest = {
  source: ICON_PATHS.source,
  sourceSha256: sha256(source),
  generator: 'electron/cli/build-icons.ts',
  files,
};
await writeFile(path.join(root, ICON_PATHS.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `icons: ${Object.keys(files).length} files written from ${ICON_PATHS.source} (sha256 ${manifest.sourceSha256.slice(0, 12)}…)`,
);
