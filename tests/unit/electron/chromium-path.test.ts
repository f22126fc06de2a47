import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/browser-host/chromium-path';

const files =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

describe('findChromium', () => {
  it('prefers the env override, and refuses a missing override instead of guessing', () => {
    const env = { ACUPOINT_CHROMIUM: '/opt/chrome/chrome' };
    expect(
      findChromium({ env, exists: files('/opt/chrome/chrome', '/usr/bin/chromium'), playwrightPath: () => undefined }),
    ).toBe('/opt/chrome/chrome');
    expect(findChromium({ env, exists: files('/usr/bin/chromium'), playwrightPath: () => undefined })).toBeUndefined();
  });

  it("uses Playwright's own browser when it is installed", () => {
    expect(
      findChromium({
        env: {},
        platform: 'linux',
        exists: files('/pw/chrome', '/usr/bin/chromium'),
        playwrightPath: () => '/pw/chrome',
      }),
    ).toBe('/pw/chrome');
  });

  it('falls back to system installs per platform', () => {
    const none = () => undefined;
    expect(findChromium({ env: {}, platform: 'linux', exists: files('/usr/bin/chromium'), playwrightPath: none })).toBe(
      '/usr/bin/chromium',
    );
    expect(
      findChromium({
        env: {},
        platform: 'darwin',
        exists: files('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
        playwrightPath: none,
      }),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(findChromium({ env: {}, platform: 'linux', exists: files(), playwrightPath: none })).toBeUndefined();
  });
});
