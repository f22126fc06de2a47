import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, changesPlans, HOST_CHANNELS, isChannel } from '../../../electron/contract/host-api';

describe('host contract', () => {
  it('the preload channel list and the schema table name the same channels', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(HOST_CHANNELS).sort());
  });
  it('channel names follow domain:verb', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+:[a-z][a-z-]*$/);
  });
  it('isChannel does not accept inherited object keys', () => {
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel('app:info')).toBe(true);
  });
});

describe('which channels change the plans folder', () => {
  it('every call that writes plans is flagged (Open Recent is re-read after it), and no read-only call is', () => {
    const writing = [
      'plans:save',
      'plans:duplicate',
      'plans:delete',
      'plans:restore',
      'plans:resolve',
      'plans:import',
      'plans:take-opened',
    ];
    expect(CHANNEL_NAMES.filter((c) => changesPlans(c)).sort()).toEqual(writing.sort());
  });
});
