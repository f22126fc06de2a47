import { describe, expect, it } from 'vitest';
import { createGate, UserFacingError } from '../../../electron/services/handler-gate';
import { createServices, type Handlers } from '../../../electron/services/services';
import { isAppUrl } from '../../../electron/common/url-policy';

const appInfo = {
  name: 'Acupoint Reference',
  version: '1.2.3',
  host: 'electron' as const,
  platform: 'linux',
  versions: { electron: '45.0.0', missing: undefined },
  dataDir: '/home/u/.config/acupoint/plans',
};
const trusted = 'app://bundle/index.html';

function gateWith(handlers: Handlers = createServices({ appInfo }), errors: unknown[] = []) {
  return createGate({ handlers, isTrustedSender: (u) => isAppUrl(u), onInternalError: (_c, e) => errors.push(e) });
}

describe('handler gate', () => {
  it('answers app:info for our own renderer', async () => {
    const result = await gateWith()('app:info', trusted, {});
    expect(result).toEqual({ ok: true, value: { ...appInfo, versions: { electron: '45.0.0' } } });
  });

  it.each([['plans:delete-everything'], ['__proto__'], ['constructor'], ['toString'], [42], [undefined]])(
    'rejects unknown channel %j',
    async (channel) => {
      expect(await gateWith()(channel, trusted, {})).toMatchObject({ ok: false, code: 'unknown-channel' });
    },
  );

  it.each([['https://evil.example/'], ['file:///tmp/x.html'], ['app://other/index.html'], [undefined], ['']])(
    'rejects sender %j',
    async (sender) => {
      expect(await gateWith()('app:info', sender, {})).toMatchObject({ ok: false, code: 'forbidden-sender' });
    },
  );

  it.each([[null], ['x'], [[]], [{ extra: true }], [42]])('rejects malformed request %j', async (request) => {
    const result = await gateWith()('app:info', trusted, request);
    expect(result).toMatchObject({ ok: false, code: 'bad-request' });
  });

  it('turns a thrown error into a generic message without stack or details', async () => {
    const errors: unknown[] = [];
    const secret = 'patient Jane Doe, DOB 1970-01-01';
    const gate = gateWith(
      {
        ...createServices({ appInfo }),
        'app:info': () => {
          throw new Error(secret);
        },
      },
      errors,
    );
    const result = await gate('app:info', trusted, {});
    expect(result).toEqual({ ok: false, code: 'failed', message: 'Something went wrong while handling app:info.' });
    expect(JSON.stringify(result)).not.toContain('Jane');
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts/);
    expect(errors).toHaveLength(1);
  });

  it('passes a UserFacingError message through', async () => {
    const gate = gateWith({
      ...createServices({ appInfo }),
      'app:info': () => {
        throw new UserFacingError('The plans folder is read-only.');
      },
    });
    expect(await gate('app:info', trusted, {})).toEqual({
      ok: false,
      code: 'failed',
      message: 'The plans folder is read-only.',
    });
  });

  it('refuses to send an invalid response across', async () => {
    const gate = gateWith({ ...createServices({ appInfo }), 'app:info': () => ({ name: 'x' }) as never });
    expect(await gate('app:info', trusted, {})).toMatchObject({ ok: false, code: 'bad-response' });
  });
});
