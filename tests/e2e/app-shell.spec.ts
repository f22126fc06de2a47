import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { expect, test, watchCspViolations } from './fixtures';

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
};

test('loads the production build offline, calls app:info through the real host binding', async ({ host, dataDir }) => {
  const violations = await watchCspViolations(host);
  const response = await host.page.goto(`${host.origin}/index.html`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(host.page.locator('.app')).toHaveAttribute('data-host-status', 'ready');
  await expect(host.page.getByTestId('host-info')).toHaveText(
    `${pkg.productName} ${pkg.version} · browser host · offline`,
  );

  const info = await host.page.evaluate(() =>
    (window as unknown as { acupointHost: { invoke(c: string, r: unknown): Promise<unknown> } }).acupointHost.invoke(
      'app:info',
      {},
    ),
  );
  expect(info).toMatchObject({
    ok: true,
    value: { host: 'browser', version: pkg.version, dataDir: path.join(dataDir, 'plans') },
  });

  await host.page.evaluate(() => document.fonts.ready);
  expect(await violations()).toEqual([]);
  const foreign = host.requests.filter((u) => !u.startsWith(`${host.origin}/`));
  expect(foreign).toEqual([]);
  expect(host.requests.length).toBeGreaterThan(2);
  await expect(host.page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});

test('the bridge rejects unknown channels and malformed requests through the gate', async ({ host }) => {
  await host.page.goto(`${host.origin}/index.html`);
  const results = await host.page.evaluate(async () => {
    const h = (window as unknown as { acupointHost: { invoke(c: string, r: unknown): Promise<unknown> } }).acupointHost;
    return [
      await h.invoke('plans:wipe', {}),
      await h.invoke('app:info', { path: '/etc/passwd' }),
      await h.invoke('app:info', 'x'),
    ];
  });
  expect(results).toEqual([
    expect.objectContaining({ ok: false, code: 'unknown-channel' }),
    expect.objectContaining({ ok: false, code: 'bad-request' }),
    expect.objectContaining({ ok: false, code: 'bad-request' }),
  ]);
  expect(JSON.stringify(results)).not.toMatch(/\bat\s.+:\d+:\d+/);
});

test('keyboard: / and Ctrl+K focus search, Tab walks the layout in order', async ({ host }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  await expect(page.locator('.app')).toHaveAttribute('data-host-status', 'ready');
  await page.locator('#viewport-title').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.keyboard.type('gb30');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /theme/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'About' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Body model' })).toBeFocused();
  await page.keyboard.press('Control+K');
  await expect(page.locator('#search-input')).toBeFocused();
  // "/" typed inside the search field is text, not a shortcut.
  await page.keyboard.press('End');
  await page.keyboard.type('/');
  await expect(page.locator('#search-input')).toHaveValue('gb30/');
});

test('theme toggles and is remembered; the About dialog opens from the menu and closes with Escape', async ({
  host,
}) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await bg();
  await page.getByRole('button', { name: /theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await host.sendMenuCommand('show-about');
  const dialog = page.getByRole('dialog', { name: 'About Acupoint Reference' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('does not replace clinical judgement');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
