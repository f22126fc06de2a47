// `npm run screenshots -- <dir>`: renders the main screens of the production build through the browser
// host to PNGs (first-run welcome, light and dark theme, About, Settings and Open dialogs, the 3D viewer
// with GB30, ST36, LI4 and BL23 selected), so changes can be looked at without a desktop.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT, startBrowserHost } from '../browser-host/browser-host';
import { assertRendererBuilt, exitWithPlainError } from '../browser-host/build-check';

try {
  assertRendererBuilt(path.join(PROJECT_ROOT, 'out', 'renderer'));
} catch (error) {
  exitWithPlainError(error);
}
const outDir = path.resolve(process.argv[2] ?? 'screenshots');
await mkdir(outDir, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-shots-'));

/** The featured points the reference view is checked on, each from the side that shows it and its locate line. */
const VIEWER_SHOTS = [
  { code: 'GB30', query: 'huantiao', view: 'back' },
  { code: 'ST36', query: 'zusanli', view: 'focus' },
  { code: 'LI4', query: 'hegu', view: 'focus' },
  { code: 'BL23', query: 'shenshu', view: 'focus' },
] as const;

/** A point selected through search, then Focus, once the camera has settled. */
async function viewerShot(page: Page, shot: (typeof VIEWER_SHOTS)[number], file: string): Promise<void> {
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').click();
  await page.keyboard.type(shot.query);
  await page.waitForSelector(`#search-option-point-${shot.code}`);
  await page.keyboard.press('Enter');
  await page.locator(`.viewer-buttons button[data-view="${shot.view}"]`).click();
  // The selection and the view button each start a camera move; the viewport says when it has settled.
  await page.waitForSelector('.viewport:not([data-camera-moving="true"])');
  await page.screenshot({ path: file });
}

for (const colorScheme of ['light', 'dark'] as const) {
  const host = await startBrowserHost({ dataDir, colorScheme });
  try {
    const { page } = host;
    await page.goto(`${host.origin}/index.html`);
    await page.waitForSelector('[data-host-status="ready"]');
    await page.evaluate(() => document.fonts.ready);
    // The 3D body loads after the shell; wait for its first frame (or the no-WebGL fallback).
    await page.waitForSelector('.viewport[data-scene-ready="true"], .viewer-fallback', { timeout: 60_000 });
    if (colorScheme === 'light') {
      // A fresh data folder is a first run: the welcome shows once, then is remembered as dismissed.
      await page.waitForSelector('dialog.welcome[open]');
      await page.screenshot({ path: path.join(outDir, 'welcome.png') });
      await page.getByRole('button', { name: 'Start' }).click();
    }
    await page.screenshot({ path: path.join(outDir, `shell-${colorScheme}.png`) });
    if (colorScheme === 'light') {
      for (const [command, selector, file] of [
        ['show-about', 'dialog.about[open]', 'about.png'],
        ['show-settings', 'dialog.settings[open]', 'settings.png'],
        ['plan-open', 'dialog.open-plan[open]', 'open-plan.png'],
      ] as const) {
        await host.sendMenuCommand(command);
        await page.waitForSelector(selector);
        await page.screenshot({ path: path.join(outDir, file) });
        await page.keyboard.press('Escape');
        // the next command goes to a page whose dialog has closed
        await page.waitForSelector(selector, { state: 'detached' });
      }
      for (const shot of VIEWER_SHOTS)
        await viewerShot(host.page, shot, path.join(outDir, `viewer-${shot.code.toLowerCase()}.png`));
    }
  } finally {
    await host.close();
  }
}
await rm(dataDir, { recursive: true, force: true });
console.log(`screenshots written to ${outDir}`);
