// `npm run dev`: the renderer from Vite's dev server behind the browser host, with the real services bound.
// The page loads under the dev CSP without a violation (Vite's inline refresh preamble included), the
// host answers, the body draws and a point can be looked up; the built bundle's CSP stays strict.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT, startBrowserHost, type BrowserHost } from '../../electron/browser-host/browser-host';
import { buildCsp } from '../../electron/common/csp';
import { expect, test, watchCspViolations } from './fixtures';

let vite: ViteDevServer;
let host: BrowserHost;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-dev-'));
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ version: 1, welcomeDismissed: true }));
  vite = await createServer({
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
  });
  await vite.listen();
  host = await startBrowserHost({ dataDir, devServerOrigin: vite.resolvedUrls!.local[0]! });
});
test.afterAll(async () => {
  await host?.close();
  await vite?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('the dev server renderer runs with hot reload, the real host and no CSP violation', async () => {
  test.setTimeout(120_000);
  const violations = await watchCspViolations(host);
  await host.page.goto(`${host.origin}/index.html`);
  await expect(host.page.locator('[data-host-status="ready"]')).toBeVisible({ timeout: 60_000 });
  // the dev policy is in the page, and React's refresh preamble (an inline script) ran under it
  const meta = await host.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(buildCsp('dev'));
  expect(await host.page.evaluate(() => typeof (window as unknown as Record<string, unknown>).$RefreshReg$)).toBe(
    'function',
  );
  await expect(host.page.locator('.viewport[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await host.page.locator('#search-input').fill('zusanli');
  await host.page.keyboard.press('Enter');
  await expect(host.page.locator('.point-detail[data-point="ST36"]')).toBeVisible();
  expect(await violations()).toEqual([]);
  // the shipped policies are untouched by the dev one
  expect(buildCsp('header')).not.toContain('unsafe-inline');
  expect(buildCsp('meta')).not.toContain('unsafe-inline');
});
