// Structural checks of every points file in points/data/points/index.ts: the exact WHO code list of
// each channel file, record consistency, pinyin/hanzi spelling, and the cross references of the
// location rules (landmarks, cun scales, other points, cycles). Clinical facts live in channels-*.test.ts.
import { describe, expect, it } from 'vitest';
import { CUN_SCALE_IDS } from '../../../points/anatomy/cun-scales';
import { LANDMARK_IDS } from '../../../points/anatomy/landmarks';
import { refsOf, scalesOf } from '../../../points/schema/location-rule';
import { CHANNELS } from '../../../points/schema/point';
import {
  ALL_POINTS,
  CHANNEL_FILES,
  EXTRA_CODES,
  FILES,
  SEED_CODES,
  YIN_CHANNELS,
  expectedCodes,
  isStandardCode,
  landmarkRefs,
  movesOf,
  plainPinyin,
  pointRefs,
  pointsOf,
} from './channel-kit';

describe('the set of points files', () => {
  it('has one file per channel, a featured-points file and an extra file', () => {
    expect(CHANNEL_FILES.map((f) => f.kind)).toEqual([...CHANNELS]);
    expect(
      FILES.filter((f) => f.kind === 'featured' || f.kind === 'extra')
        .map((f) => f.kind)
        .sort(),
    ).toEqual(['extra', 'featured']);
  });

  it('holds the seed points only in the seed file, and no code twice', () => {
    expect(
      pointsOf('featured')
        .map((p) => p.code)
        .sort(),
    ).toEqual([...SEED_CODES].sort());
    const codes = ALL_POINTS.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe.each(CHANNEL_FILES.map((f) => [f.kind, f] as const))('%s channel file', (ch, { points }) => {
  it('holds exactly the standard codes, in order, without the seed points', () => {
    expect(points.map((p) => p.code)).toEqual(expectedCodes(ch));
  });

  it('keeps code, channel, number and side consistent', () => {
    const side = ch === 'GV' || ch === 'CV' ? 'midline' : 'bilateral';
    for (const p of points) {
      expect(p.code).toBe(`${p.channel}${p.number}`);
      expect(p.channel).toBe(ch);
      expect(p.side, p.code).toBe(side);
    }
  });
});

describe('extra points file', () => {
  it('holds the agreed extra points once each, with channel EX and the number of the code', () => {
    const extras = pointsOf('extra');
    expect(extras.map((p) => p.code).sort()).toEqual([...EXTRA_CODES].sort());
    for (const p of extras) {
      expect(p.channel).toBe('EX');
      expect(p.number, p.code).toBe(Number(/(\d+)$/.exec(p.code)?.[1]));
    }
  });
});

describe.each(FILES.map((f) => [f.file, f] as const))('records of %s', (_file, { points }) => {
  it('spell plain pinyin as the toned pinyin without tone marks, and hanzi in CJK', () => {
    for (const p of points) {
      expect(p.pinyin.plain, p.code).toBe(plainPinyin(p.pinyin.toned));
      expect(p.pinyin.toned, p.code).not.toBe(p.pinyin.plain); // every name carries at least one tone mark
      for (const h of [p.hanzi.simplified, p.hanzi.traditional]) expect(h, p.code).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
  });

  it('name only known landmarks, in the rule and in location.landmarks', () => {
    for (const p of points) {
      expect(refsOf(p.location.rule.expr).length, `${p.code}: rule places nothing`).toBeGreaterThan(0);
      for (const id of [...landmarkRefs(p), ...p.location.landmarks])
        expect(LANDMARK_IDS.has(id), `${p.code}: ${id}`).toBe(true);
      // every landmark the rule uses is also listed for the UI
      for (const id of landmarkRefs(p)) expect(p.location.landmarks, p.code).toContain(id);
    }
  });

  it('name only known cun scales, and every move has a scale', () => {
    for (const p of points) {
      for (const s of scalesOf(p.location.rule)) expect(CUN_SCALE_IDS.has(s), `${p.code}: ${s}`).toBe(true);
      for (const m of movesOf(p.location.rule.expr))
        expect(m.scale ?? p.location.rule.scale, `${p.code}: move without a scale`).toBeDefined();
    }
  });

  it('explain every approximate rule', () => {
    for (const p of points) {
      if (p.location.rule.approximate) expect(p.location.rule.note?.length ?? 0, p.code).toBeGreaterThan(10);
    }
  });

  it('refer only to standard point codes that have a record, never to themselves', () => {
    const known = new Set(ALL_POINTS.map((p) => p.code));
    for (const p of points) {
      for (const r of pointRefs(p)) {
        expect(isStandardCode(r), `${p.code} -> ${r}`).toBe(true);
        expect(known.has(r), `${p.code} -> ${r} has no record`).toBe(true);
        expect(r, p.code).not.toBe(p.code);
      }
    }
  });

  it('give every five-shu point the phase of its shu for a yin or yang channel', () => {
    const yin = ['wood', 'fire', 'earth', 'metal', 'water'];
    const yang = ['metal', 'water', 'wood', 'fire', 'earth'];
    const order = ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'];
    for (const p of points) {
      for (const c of p.categories) {
        if (c.kind !== 'five-shu') continue;
        expect(c.phase, p.code).toBe((YIN_CHANNELS.has(p.channel) ? yin : yang)[order.indexOf(c.shu)]);
      }
    }
  });
});

describe('records across all files', () => {
  it('have no reference cycles', () => {
    const known = new Map(ALL_POINTS.map((p) => [p.code, p]));
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string, path: string[]): void => {
      const p = known.get(code);
      if (!p || state.get(code) === 'done') return; // unresolved references fail the test above
      expect(state.get(code), `cycle: ${[...path, code].join(' -> ')}`).not.toBe('visiting');
      state.set(code, 'visiting');
      for (const r of pointRefs(p)) visit(r, [...path, code]);
      state.set(code, 'done');
    };
    for (const p of ALL_POINTS) visit(p.code, []);
  });

  // Textbook depths stay within 3 cun; the one deeper record is the seed point GB30 (2–3.5 cun, seed 003).
  it('keep needling depths of the channel and extra files within 3 cun', () => {
    for (const p of ALL_POINTS.filter((q) => !SEED_CODES.has(q.code))) {
      for (const n of p.needling) expect(n.depthCun[1], p.code).toBeLessThanOrEqual(3);
    }
  });
});
