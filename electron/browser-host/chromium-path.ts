// Finds a Chromium for the browser host: an explicit env override first, then Playwright's own browser
// (present on networked machines after `npx playwright install chromium`), then system installs.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

export interface ChromiumLookup {
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (file: string) => boolean;
  playwrightPath?: () => string | undefined;
}

export function findChromium(lookup: ChromiumLookup = {}): string | undefined {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? existsSync;
  const override = env.ACUPOINT_CHROMIUM ?? env.CHROMIUM_PATH;
  if (override) return exists(override) ? override : undefined;
  const bundled = (lookup.playwrightPath ?? playwrightChromium)();
  if (bundled && exists(bundled)) return bundled;
  return (SYSTEM_CANDIDATES[lookup.platform ?? process.platform] ?? []).find((p) => exists(p));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function requireChromium(): string {
  const found = findChromium();
  if (found) return found;
  const override = process.env.ACUPOINT_CHROMIUM ?? process.env.CHROMIUM_PATH;
  throw new Error(
    override
      ? `ACUPOINT_CHROMIUM points at ${override}, which does not exist.`
      : 'No Chromium found. Install one (Debian: apt-get install chromium; or npx playwright install chromium) ' +
          'or set ACUPOINT_CHROMIUM to its executable.',
  );
}

/** Flags that keep Chromium quiet and offline on locked-down machines (see design/BUILD_MACHINE.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];
