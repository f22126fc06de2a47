// `npm run screenshots -- <dir>`: renders the main screens of the production build through the browser
// host to PNGs (light and dark theme, About dialog), so changes can be looked at without a desktop.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../browser-host/browser-host';

const outDir = path.resolve(process.argv[2] ?? 'screenshots');
await mkdir(outDir, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-shots-'));

for (const colorScheme of ['light', 'dark'] as const) {
  const host = await startBrowserHost({ dataDir, colorScheme });
  try {
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    await page.waitForSelector('[data-host-status="ready"]');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(outDir, `shell-${colorScheme}.png`) });
    if (colorScheme === 'light') {
      await host.sendMenuCommand('show-about');
      await page.waitForSelector('dialog.about[open]');
      await page.screenshot({ path: path.join(outDir, 'about.png') });
    }
  } finally {
    await host.close();
  }
}
await rm(dataDir, { recursive: true, force: true });
console.log(`screenshots written to ${outDir}`);
