// Data checks for the HT, SI, BL, KI and PC channel files: schema, completeness, cross references,
// acyclic rules, and a hand-checked sample of standard facts (WHO 2008, Deadman 2007, Cheng 1987).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANDMARK_IDS } from '../../../points/anatomy/landmarks';
import { CUN_SCALE_IDS } from '../../../points/anatomy/cun-scales';
import { isPointCode, refsOf, scalesOf, type LocExpr } from '../../../points/schema/location-rule';
import { CHANNEL_POINT_COUNTS, PointsFile, type Channel, type PointRecord } from '../../../points/schema/point';

const SEED_CODES = new Set(['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36']);
const GROUP: readonly Channel[] = ['HT', 'SI', 'BL', 'KI', 'PC'];

const load = (name: string): PointsFile =>
  PointsFile.parse(JSON.parse(readFileSync(new URL(`../../../points/data/points/${name}.json`, import.meta.url), 'utf8')));

const files = new Map(GROUP.map((ch) => [ch, load(ch.toLowerCase())]));
const mine = [...files.values()].flatMap((f) => f.points);
const byCode = new Map(mine.map((p) => [p.code, p]));
const seed = load('seed').points;
const point = (code: string): PointRecord => {
  const p = byCode.get(code);
  if (!p) throw new Error(`missing ${code}`);
  return p;
};

/** A standard code: a WHO channel with a number inside that channel's point count (or an extra point). */
function isStandardCode(code: string): boolean {
  if (code.startsWith('EX-')) return true;
  const m = /^([A-Z]{2})(\d{1,2})$/.exec(code);
  if (!m) return false;
  const count = (CHANNEL_POINT_COUNTS as Record<string, number | undefined>)[m[1] ?? ''];
  const n = Number(m[2]);
  return count !== undefined && n >= 1 && n <= count;
}

const landmarkId = (ref: string): string => ref.replace(/@right$/, '');
const pointRefs = (p: PointRecord): string[] => refsOf(p.location.rule.expr).filter(isPointCode);

function movesOf(e: LocExpr): { scale?: string | undefined }[] {
  if (typeof e === 'string') return [];
  if ('along' in e) return [...movesOf(e.along[0]), ...movesOf(e.along[1])];
  if ('mid' in e) return [...movesOf(e.mid[0]), ...movesOf(e.mid[1])];
  return [...movesOf(e.from), ...e.move];
}

describe.each(GROUP)('%s channel file', (ch) => {
  const points = files.get(ch)?.points ?? [];

  it('holds exactly the standard codes, in order, without the seed points', () => {
    const expected = Array.from({ length: CHANNEL_POINT_COUNTS[ch] }, (_, i) => `${ch}${i + 1}`).filter((c) => !SEED_CODES.has(c));
    expect(points.map((p) => p.code)).toEqual(expected);
  });

  it('keeps code, channel, number and side consistent', () => {
    for (const p of points) {
      expect(p.code).toBe(`${p.channel}${p.number}`);
      expect(p.channel).toBe(ch);
      expect(p.side).toBe('bilateral');
    }
  });

  it('spells plain pinyin as the toned pinyin without tone marks', () => {
    for (const p of points) {
      const stripped = p.pinyin.toned.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect(p.pinyin.plain, p.code).toBe(stripped);
      expect(p.pinyin.toned, p.code).not.toBe(stripped);
    }
  });
});

describe('cross references of the HT/SI/BL/KI/PC rules', () => {
  it('has no duplicate codes across the group or with the seed file', () => {
    const codes = [...mine, ...seed].map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names only known landmarks, in the rule and in location.landmarks', () => {
    for (const p of mine) {
      const used = refsOf(p.location.rule.expr).filter((r) => !isPointCode(r)).map(landmarkId);
      for (const id of [...used, ...p.location.landmarks]) expect(LANDMARK_IDS.has(id), `${p.code}: ${id}`).toBe(true);
      for (const id of used) expect(p.location.landmarks, p.code).toContain(id);
    }
  });

  it('names only known cun scales, and every move has a scale', () => {
    for (const p of mine) {
      for (const s of scalesOf(p.location.rule)) expect(CUN_SCALE_IDS.has(s), `${p.code}: ${s}`).toBe(true);
      const fallback = p.location.rule.scale;
      for (const m of movesOf(p.location.rule.expr)) expect(m.scale ?? fallback, p.code).toBeDefined();
    }
  });

  it('refers only to standard point codes, never to itself', () => {
    for (const p of mine) {
      for (const r of pointRefs(p)) {
        expect(isStandardCode(r), `${p.code} -> ${r}`).toBe(true);
        expect(r).not.toBe(p.code);
      }
    }
  });

  it('resolves references inside the group or the seed file, without cycles', () => {
    const known = new Map([...seed, ...mine].map((p) => [p.code, p]));
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string, path: string[]): void => {
      const p = known.get(code);
      expect(p, `${path.join(' -> ')} -> ${code} is not defined in the group or seed file`).toBeDefined();
      if (!p || state.get(code) === 'done') return;
      expect(state.get(code), `cycle: ${[...path, code].join(' -> ')}`).not.toBe('visiting');
      state.set(code, 'visiting');
      for (const r of pointRefs(p)) visit(r, [...path, code]);
      state.set(code, 'done');
    };
    for (const p of mine) visit(p.code, []);
  });

  it('explains every approximate rule', () => {
    for (const p of mine) {
      if (p.location.rule.approximate) expect(p.location.rule.note?.length ?? 0, p.code).toBeGreaterThan(10);
    }
  });
});

// Hand-checked standard facts, written independently of the data (Deadman 2007 / Cheng 1987 / WHO 2008).
const kinds = (code: string, kind: string): PointRecord['categories'] => point(code).categories.filter((c) => c.kind === kind);
const codesWith = (kind: string): string[] => mine.filter((p) => p.categories.some((c) => c.kind === kind)).map((p) => p.code).sort();

describe('standard categories of the HT/SI/BL/KI/PC points', () => {
  const FIVE_SHU: Record<string, [string, string]> = {
    HT9: ['jing-well', 'wood'], HT8: ['ying-spring', 'fire'], HT7: ['shu-stream', 'earth'], HT4: ['jing-river', 'metal'], HT3: ['he-sea', 'water'],
    PC9: ['jing-well', 'wood'], PC8: ['ying-spring', 'fire'], PC7: ['shu-stream', 'earth'], PC5: ['jing-river', 'metal'], PC3: ['he-sea', 'water'],
    KI1: ['jing-well', 'wood'], KI2: ['ying-spring', 'fire'], KI3: ['shu-stream', 'earth'], KI7: ['jing-river', 'metal'], KI10: ['he-sea', 'water'],
    SI1: ['jing-well', 'metal'], SI2: ['ying-spring', 'water'], SI3: ['shu-stream', 'wood'], SI5: ['jing-river', 'fire'], SI8: ['he-sea', 'earth'],
    BL67: ['jing-well', 'metal'], BL66: ['ying-spring', 'water'], BL65: ['shu-stream', 'wood'], BL60: ['jing-river', 'fire'],
  };

  it('gives exactly the standard five-shu points and phases', () => {
    expect(codesWith('five-shu')).toEqual(Object.keys(FIVE_SHU).sort());
    for (const [code, [shu, phase]] of Object.entries(FIVE_SHU)) expect(kinds(code, 'five-shu'), code).toEqual([{ kind: 'five-shu', shu, phase }]);
  });

  it('gives the standard yuan-source, luo-connecting and xi-cleft points', () => {
    expect(codesWith('yuan-source')).toEqual(['BL64', 'HT7', 'KI3', 'PC7', 'SI4']);
    expect(codesWith('luo-connecting')).toEqual(['BL58', 'HT5', 'KI4', 'PC6', 'SI7']);
    // BL59, KI8 and KI9 are the xi-cleft points of the yang qiao, yin qiao and yin wei vessels.
    expect(codesWith('xi-cleft')).toEqual(['BL59', 'BL63', 'HT6', 'KI5', 'KI8', 'KI9', 'PC4', 'SI6']);
  });

  it('gives the back-shu organs of the first Bladder line', () => {
    const organs: Record<string, string> = {
      BL13: 'lung', BL14: 'pericardium', BL15: 'heart', BL18: 'liver', BL19: 'gallbladder', BL20: 'spleen', BL21: 'stomach',
      BL22: 'triple-energizer', BL25: 'large-intestine', BL27: 'small-intestine', BL28: 'bladder',
    };
    for (const [code, organ] of Object.entries(organs)) expect(kinds(code, 'back-shu'), code).toEqual([{ kind: 'back-shu', organ }]);
  });

  it('gives the influential, confluent and lower he-sea points', () => {
    expect(kinds('BL11', 'influential')).toEqual([{ kind: 'influential', tissue: 'bone' }]);
    expect(kinds('BL17', 'influential')).toEqual([{ kind: 'influential', tissue: 'blood' }]);
    const confluent = mine.flatMap((p) => p.categories.filter((c) => c.kind === 'confluent').map((c) => `${p.code}:${c.vessel}`));
    expect(confluent.sort()).toEqual(['BL62:yang-qiao', 'KI6:yin-qiao', 'PC6:yin-wei', 'SI3:du']);
    expect(kinds('BL39', 'lower-he-sea')).toEqual([{ kind: 'lower-he-sea', organ: 'triple-energizer' }]);
  });

  it('marks KI11–KI21 as meeting points with the chong vessel', () => {
    for (let n = 11; n <= 21; n++) expect(kinds(`KI${n}`, 'crossing'), `KI${n}`).toEqual([{ kind: 'crossing', channels: ['KI', 'chong'] }]);
  });
});

describe('Bladder back points placed by vertebral level', () => {
  // WHO 2008: first line 1.5 B-cun, second line 3 B-cun lateral, level with the lower border of the spinous process.
  const LEVELS: Record<string, [string, number]> = {
    BL11: ['t1', 1.5], BL12: ['t2', 1.5], BL13: ['t3', 1.5], BL14: ['t4', 1.5], BL15: ['t5', 1.5], BL16: ['t6', 1.5], BL17: ['t7', 1.5],
    BL18: ['t9', 1.5], BL19: ['t10', 1.5], BL20: ['t11', 1.5], BL21: ['t12', 1.5], BL22: ['l1', 1.5], BL24: ['l3', 1.5], BL25: ['l4', 1.5],
    BL26: ['l5', 1.5], BL41: ['t2', 3], BL42: ['t3', 3], BL43: ['t4', 3], BL44: ['t5', 3], BL45: ['t6', 3], BL46: ['t7', 3], BL47: ['t9', 3],
    BL48: ['t10', 3], BL49: ['t11', 3], BL50: ['t12', 3], BL51: ['l1', 3], BL52: ['l2', 3],
  };
  const SACRAL: Record<string, LocExpr> = {
    BL27: { from: 's1-median-crest', move: [{ dir: 'lateral', cun: 1.5, scale: 'back-transverse' }] },
    BL28: { from: 's2-median-crest', move: [{ dir: 'lateral', cun: 1.5, scale: 'back-transverse' }] },
    BL29: { from: 's3-median-crest', move: [{ dir: 'lateral', cun: 1.5, scale: 'back-transverse' }] },
    BL30: { from: 's4-median-crest', move: [{ dir: 'lateral', cun: 1.5, scale: 'back-transverse' }] },
    BL31: 's1-foramen', BL32: 's2-foramen', BL33: 's3-foramen', BL34: 's4-foramen',
    BL53: { from: 's2-median-crest', move: [{ dir: 'lateral', cun: 3, scale: 'back-transverse' }] },
    BL54: { from: 's4-median-crest', move: [{ dir: 'lateral', cun: 3, scale: 'back-transverse' }] },
  };

  it.each(Object.entries(LEVELS))('%s is below the spinous process of its vertebra on its line', (code, [v, cun]) => {
    const r = point(code).location.rule;
    expect(r.expr).toEqual({ from: `${v}-spinous`, move: [{ dir: 'lateral', cun, scale: 'back-transverse' }] });
    expect(r.face).toBe('posterior');
  });

  it.each(Object.entries(SACRAL))('%s sits at its sacral foramen level', (code, expr) => {
    expect(point(code).location.rule.expr).toEqual(expr);
  });

  it('places every BL point with a rule on the body (no free-text-only locations)', () => {
    const bl = files.get('BL')?.points ?? [];
    expect(bl).toHaveLength(65);
    for (const p of bl) expect(refsOf(p.location.rule.expr).length, p.code).toBeGreaterThan(0);
  });

  it('warns about the lung at the thoracic back points', () => {
    for (const code of ['BL13', 'BL17', 'BL21', 'BL43', 'BL50', 'SI14', 'KI25', 'PC1']) {
      expect(point(code).cautions.some((c) => /pneumothorax/i.test(c.text)), code).toBe(true);
    }
  });
});
