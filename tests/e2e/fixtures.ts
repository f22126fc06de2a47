// Test fixture: a fresh data folder and a browser host per test, torn down afterwards.
import { expect, test as base, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  PROJECT_ROOT,
  startBrowserHost,
  type BrowserHost,
  type BrowserHostOptions,
} from '../../electron/browser-host/browser-host';

export interface HostFixtures {
  /** settings.json written before the host starts; null = a first run (no settings file) */
  settings: Record<string, unknown> | null;
  dataDir: string;
  hostOptions: Partial<BrowserHostOptions>;
  host: BrowserHost;
}

export const test = base.extend<HostFixtures>({
  hostOptions: [{}, { option: true }],
  // Most tests are not about the first-run welcome, so by default it was dismissed on an earlier run.
  settings: [{ version: 1, welcomeDismissed: true }, { option: true }],
  dataDir: async ({ settings }, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-e2e-'));
    if (settings) await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, hostOptions }, use) => {
    if (!existsSync(path.join(PROJECT_ROOT, 'out', 'renderer', 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` before the e2e tests (npm test does).');
    }
    const host = await startBrowserHost({ dataDir, ...hostOptions });
    await use(host);
    await host.close();
  },
});

export { expect } from '@playwright/test';

/** The two screens a clinician's laptop has: every consultation-room test runs at both. */
export const CLINIC_SCREENS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** Loads the app and waits until the plan panel has opened the latest plan. */
export async function openApp(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/index.html`);
  await expect(page.locator('.plan')).toHaveAttribute('data-ready', 'true');
}

/** Types like a person, one key at a time (instant fill() hides bugs a clinician meets at once). */
export const typeSlowly = (page: Page, text: string, delay = 110): Promise<void> => page.keyboard.type(text, { delay });

/** Records CSP violations from the first script on, for assertions after load. */
export async function watchCspViolations(host: BrowserHost): Promise<() => Promise<string[]>> {
  await host.context.addInitScript({
    content: `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  const consoleCsp: string[] = [];
  host.page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  return async () => [...consoleCsp, ...((await host.page.evaluate('window.__csp')) as string[])];
}
