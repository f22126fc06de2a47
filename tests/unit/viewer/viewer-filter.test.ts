// Channel stepping for the arrow keys and the filter bar's visibility rules (channel, category, plan).
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../points/schema/point';
import {
  CATEGORY_OPTIONS,
  channelsInCategory,
  channelVisible,
  isCategoryFilter,
  matchesCategory,
  pointVisible,
  stepInChannel,
  type CategoriesOf,
  type ViewerFilter,
} from '../../../renderer/viewer/viewer-filter';

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

// A few real classifications (WHO 2008 / Deadman): ST36 he-sea + lower he-sea of the stomach, BL40
// he-sea + lower he-sea of the bladder, GB34 he-sea + influential point of tendons, LI4 yuan-source,
// BL23 back-shu of the kidney, GB31 none.
const CATS: Record<string, Category[]> = {
  ST36: [
    { kind: 'five-shu', shu: 'he-sea', phase: 'earth' },
    { kind: 'lower-he-sea', organ: 'stomach' },
  ],
  BL40: [
    { kind: 'five-shu', shu: 'he-sea', phase: 'earth' },
    { kind: 'lower-he-sea', organ: 'bladder' },
  ],
  GB34: [
    { kind: 'five-shu', shu: 'he-sea', phase: 'earth' },
    { kind: 'influential', tissue: 'tendon' },
  ],
  GB44: [{ kind: 'five-shu', shu: 'jing-well', phase: 'metal' }],
  LI4: [{ kind: 'yuan-source' }],
  BL23: [{ kind: 'back-shu', organ: 'kidney' }],
  GB31: [],
};
const categoriesOf: CategoriesOf = (code) => CATS[code];
const all: ViewerFilter = { channel: 'all', category: 'all', planOnly: false };

describe('viewer filter', () => {
  const plan = new Set(['GB30', 'SP6']);
  const none = () => undefined;
  it('keeps only the chosen channel, with extras as "EX"', () => {
    const f = { ...all, channel: 'GB' };
    expect(pointVisible('GB31', f, plan, null, none)).toBe(true);
    expect(pointVisible('ST36', f, plan, null, none)).toBe(false);
    expect(pointVisible('EX-B2', { ...all, channel: 'EX' }, plan, null, none)).toBe(true);
    expect(pointVisible('GB1', { ...all, channel: 'EX' }, plan, null, none)).toBe(false);
  });

  it('plan-only keeps planned points; the selected point always stays visible', () => {
    const f = { ...all, planOnly: true };
    expect(pointVisible('SP6', f, plan, null, none)).toBe(true);
    expect(pointVisible('ST36', f, plan, null, none)).toBe(false);
    expect(pointVisible('ST36', f, plan, 'ST36', none)).toBe(true);
  });

  it('hides channel lines of filtered-out channels and, plan-only, channels without planned points', () => {
    expect(channelVisible('GB', { ...all, channel: 'GB' }, plan, null)).toBe(true);
    expect(channelVisible('ST', { ...all, channel: 'GB' }, plan, null)).toBe(false);
    expect(channelVisible('SP', { ...all, planOnly: true }, plan, null)).toBe(true);
    expect(channelVisible('ST', { ...all, planOnly: true }, plan, null)).toBe(false);
  });
});

describe('category filter', () => {
  const codes = Object.keys(CATS);
  const shown = (f: ViewerFilter, selected: string | null = null): string[] =>
    codes.filter((c) => pointVisible(c, f, new Set(), selected, categoriesOf));

  it('shows every point, classified or not, by default', () => {
    expect(shown(all)).toEqual(codes);
  });

  it('keeps the points of one kind: lower he-sea, yuan-source, back-shu, influential', () => {
    expect(shown({ ...all, category: 'lower-he-sea' })).toEqual(['ST36', 'BL40']);
    expect(shown({ ...all, category: 'yuan-source' })).toEqual(['LI4']);
    expect(shown({ ...all, category: 'back-shu' })).toEqual(['BL23']);
    expect(shown({ ...all, category: 'influential' })).toEqual(['GB34']);
  });

  it('distinguishes the five transport points (all of them, or one of them)', () => {
    expect(shown({ ...all, category: 'five-shu' })).toEqual(['ST36', 'BL40', 'GB34', 'GB44']);
    expect(shown({ ...all, category: 'five-shu:jing-well' })).toEqual(['GB44']);
    expect(shown({ ...all, category: 'five-shu:he-sea' })).toEqual(['ST36', 'BL40', 'GB34']);
    expect(matchesCategory(CATS.ST36, 'five-shu:ying-spring')).toBe(false);
  });

  it('combines with the channel and keeps the selected point; unknown codes are hidden', () => {
    expect(shown({ ...all, channel: 'GB', category: 'five-shu:he-sea' })).toEqual(['GB34']);
    expect(shown({ ...all, category: 'back-shu' }, 'GB31')).toEqual(['BL23', 'GB31']);
    expect(pointVisible('XX1', { ...all, category: 'xi-cleft' }, new Set(), null, categoriesOf)).toBe(false);
  });

  it('draws only the channels that have a point of the category', () => {
    expect(channelsInCategory(codes, 'all', categoriesOf)).toBeNull();
    const lower = channelsInCategory(codes, 'lower-he-sea', categoriesOf);
    expect([...(lower ?? [])].sort()).toEqual(['BL', 'ST']);
    expect(channelVisible('GB', { ...all, category: 'lower-he-sea' }, new Set(), lower)).toBe(false);
    expect(channelVisible('BL', { ...all, category: 'lower-he-sea' }, new Set(), lower)).toBe(true);
  });

  it('offers every category kind of the schema and the five shu, and accepts only those values', () => {
    const values = CATEGORY_OPTIONS.map((o) => o.value);
    for (const kind of [
      'five-shu',
      'yuan-source',
      'luo-connecting',
      'xi-cleft',
      'back-shu',
      'front-mu',
      'lower-he-sea',
      'influential',
      'confluent',
      'crossing',
    ]) {
      expect(values).toContain(kind);
    }
    for (const shu of ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'])
      expect(values).toContain(`five-shu:${shu}`);
    expect(new Set(values).size).toBe(values.length);
    expect(isCategoryFilter('all')).toBe(true);
    expect(isCategoryFilter('five-shu:he-sea')).toBe(true);
    expect(isCategoryFilter('extra')).toBe(false);
  });
});
