// Channel stepping for the arrow keys and the filter bar's visibility rules.
import { describe, expect, it } from 'vitest';
import { channelVisible, pointVisible, stepInChannel } from '../../../renderer/viewer/viewer-filter';

// Deliberately out of order and mixed with other channels and extras: GB numbering must decide, not list order.
const CODES = ['GB31', 'ST36', 'GB2', 'GB30', 'EX-B2', 'GB1', 'GB44', 'BL40', 'GB10'];

describe('stepInChannel', () => {
  it('moves to the next and previous point number of the same channel', () => {
    expect(stepInChannel('GB30', CODES, 1)).toBe('GB31');
    expect(stepInChannel('GB30', CODES, -1)).toBe('GB10');
    expect(stepInChannel('GB2', CODES, 1)).toBe('GB10');
    expect(stepInChannel('GB10', CODES, -1)).toBe('GB2');
  });

  it('stops at the ends of the channel instead of wrapping or leaving it', () => {
    expect(stepInChannel('GB44', CODES, 1)).toBeUndefined();
    expect(stepInChannel('GB1', CODES, -1)).toBeUndefined();
    expect(stepInChannel('ST36', CODES, 1)).toBeUndefined();
  });

  it('has no neighbours for extra points or codes not in the list', () => {
    expect(stepInChannel('EX-B2', CODES, 1)).toBeUndefined();
    expect(stepInChannel('GB20', CODES, 1)).toBeUndefined();
  });
});

describe('viewer filter', () => {
  const plan = new Set(['GB30', 'SP6']);
  it('keeps only the chosen channel, with extras as "EX"', () => {
    const f = { channel: 'GB', planOnly: false };
    expect(pointVisible('GB31', f, plan, null)).toBe(true);
    expect(pointVisible('ST36', f, plan, null)).toBe(false);
    expect(pointVisible('EX-B2', { channel: 'EX', planOnly: false }, plan, null)).toBe(true);
    expect(pointVisible('GB1', { channel: 'EX', planOnly: false }, plan, null)).toBe(false);
  });

  it('plan-only keeps planned points; the selected point always stays visible', () => {
    const f = { channel: 'all', planOnly: true };
    expect(pointVisible('SP6', f, plan, null)).toBe(true);
    expect(pointVisible('ST36', f, plan, null)).toBe(false);
    expect(pointVisible('ST36', f, plan, 'ST36')).toBe(true);
  });

  it('hides channel lines of filtered-out channels and, plan-only, channels without planned points', () => {
    expect(channelVisible('GB', { channel: 'GB', planOnly: false }, plan)).toBe(true);
    expect(channelVisible('ST', { channel: 'GB', planOnly: false }, plan)).toBe(false);
    expect(channelVisible('SP', { channel: 'all', planOnly: true }, plan)).toBe(true);
    expect(channelVisible('ST', { channel: 'all', planOnly: true }, plan)).toBe(false);
  });
});
