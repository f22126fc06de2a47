import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, isSafeExternalUrl, navigationDecision } from '../../../electron/common/url-policy';

describe('navigationDecision', () => {
  it.each([
    ['app://bundle/index.html', 'allow'],
    ['app://bundle/index.html#/point/GB30', 'allow'],
    ['https://www.who.int/publications', 'open-external'],
    ['http://example.org/', 'open-external'],
    ['app://evil/index.html', 'deny'],
    ['app://bundle.evil.com/', 'deny'],
    ['app://user:pw@bundle/index.html', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['JAVASCRIPT:alert(1)', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['vbscript:msgbox', 'deny'],
    ['chrome://settings', 'deny'],
    ['devtools://devtools/bundled/inspector.html', 'deny'],
    ['smb://server/share', 'deny'],
    ['ms-msdt:/id PCWDiagnostic', 'deny'],
    ['https://user:secret@example.org/', 'deny'],
    ['https://', 'deny'],
    ['https://:443/', 'deny'],
    [' https://example.org', 'deny'],
    ['https://exa\u0000mple.org', 'deny'],
    ['https://example.org/\nSet-Cookie', 'deny'],
    ['', 'deny'],
    ['not a url', 'deny'],
    [`https://example.org/${'a'.repeat(5000)}`, 'deny'],
  ])('%s → %s', (url, expected) => {
    expect(navigationDecision(url)).toBe(expected);
  });

  it('refuses non-string input', () => {
    expect(navigationDecision(undefined)).toBe('deny');
    expect(navigationDecision({ toString: () => 'app://bundle/' })).toBe('deny');
  });
});

describe('isAppUrl with the browser host origin', () => {
  const origin = 'http://127.0.0.1:41234';
  it.each([
    ['http://127.0.0.1:41234/index.html', true],
    ['http://127.0.0.1:41235/index.html', false],
    ['http://localhost:41234/index.html', false],
    ['https://127.0.0.1:41234/index.html', false],
    ['app://bundle/index.html', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url, origin)).toBe(expected);
  });
  it('defaults to the app:// origin', () => {
    expect(APP_ORIGIN).toBe('app://bundle');
    expect(isAppUrl('app://bundle/x')).toBe(true);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts only http(s) with a host', () => {
    expect(isSafeExternalUrl('https://www.who.int/')).toBe(true);
    expect(isSafeExternalUrl('ftp://example.org/')).toBe(false);
    expect(isSafeExternalUrl('file://host/share')).toBe(false);
    expect(isSafeExternalUrl(42)).toBe(false);
  });
});
