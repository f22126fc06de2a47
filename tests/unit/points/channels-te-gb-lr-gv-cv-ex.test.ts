// Data checks for the TE, GB, LR, GV and CV channel files and the extra points: schema, completeness,
// cross references, acyclic rules, and a hand-checked sample of standard facts (WHO 2008, Deadman 2007,
// Cheng 1987, WHO nomenclature 1993).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANDMARK_IDS } from '../../../points/anatomy/landmarks';
import { CUN_SCALE_IDS } from '../../../points/anatomy/cun-scales';
import { isPointCode, refsOf, scalesOf, type LocExpr } from '../../../points/schema/location-rule';
import { CHANNEL_POINT_COUNTS, CHANNELS, PointsFile, type Category, type Channel, type PointRecord } from '../../../points/schema/point';

const SEED_CODES = new Set(['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36']);
const GROUP: readonly Channel[] = ['TE', 'GB', 'LR', 'GV', 'CV'];
const EXTRA_CODES = [
  'EX-HN1', 'EX-HN3', 'EX-HN5', 'EX-B1', 'EX-B2', 'EX-B7', 'EX-B8', 'EX-LE2', 'EX-LE5', 'EX-LE6', 'EX-LE7',
  'EX-UE9', 'EX-UE10', 'EX-UE11', 'EX-LE10',
];

const fileUrl = (name: string): URL => new URL(`../../../points/data/points/${name}.json`, import.meta.url);
const load = (name: string): PointsFile => PointsFile.parse(JSON.parse(readFileSync(fileUrl(name), 'utf8')));

const files = new Map(GROUP.map((ch) => [ch, load(ch.toLowerCase())]));
const extras = load('extra').points;
const mine = [...[...files.values()].flatMap((f) => f.points), ...extras];
const byCode = new Map(mine.map((p) => [p.code, p]));
const point = (code: string): PointRecord => {
  const p = byCode.get(code);
  if (!p) throw new Error(`missing ${code}`);
  return p;
};

/** Other groups' channel files are written in parallel; those present (and valid) resolve references. */
const others: PointRecord[] = [
  ...load('seed').points,
  ...CHANNELS.filter((ch) => !GROUP.includes(ch) && existsSync(fileUrl(ch.toLowerCase())))
    .flatMap((ch) => PointsFile.safeParse(JSON.parse(readFileSync(fileUrl(ch.toLowerCase()), 'utf8'))).data?.points ?? []),
];

function isStandardCode(code: string): boolean {
  if (code.startsWith('EX-')) return EXTRA_CODES.includes(code);
  const m = /^([A-Z]{2})(\d{1,2})$/.exec(code);
  const count = m ? (CHANNEL_POINT_COUNTS as Record<string, number | undefined>)[m[1] ?? ''] : undefined;
  const n = Number(m?.[2]);
  return count !== undefined && n >= 1 && n <= count;
}

const pointRefs = (p: PointRecord): string[] => refsOf(p.location.rule.expr).filter(isPointCode);
const has = (p: PointRecord, c: Category): boolean => p.categories.some((x) => JSON.stringify(x) === JSON.stringify(c));
const shu = (code: string, s: string, phase: string): void => {
  expect(has(point(code), { kind: 'five-shu', shu: s, phase } as Category), `${code} ${s}/${phase}`).toBe(true);
};

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
    expect(extras.map((p) => p.code).sort()).toEqual([...EXTRA_CODES].sort());
    for (const p of extras) {
      expect(p.channel).toBe('EX');
      expect(p.number, p.code).toBe(Number(/(\d+)$/.exec(p.code)?.[1]));
    }
  });

  it('files Yintang as EX-HN3 with GV29 as its other code, keeping GV at 28 points', () => {
    expect(point('EX-HN3').altCodes).toEqual(['GV29']);
    expect(point('EX-HN3').location.rule.expr).toBe('glabella');
    expect(byCode.has('GV29')).toBe(false);
  });

  it('places Xiyan at the medial eye of the knee (the lateral eye is ST35) and Jiaji at L1', () => {
    expect(point('EX-LE5').location.rule.expr).toBe('patella-medial-depression');
    expect(point('EX-LE5').location.text).toContain('ST35');
    expect(refsOf(point('EX-B2').location.rule.expr)).toEqual(['l1-spinous']);
    expect(point('EX-B2').location.rule.note).toMatch(/representative/);
  });
});

describe('records of the TE/GB/LR/GV/CV/extra group', () => {
  it('has no duplicate codes across the group or with the other point files', () => {
    const codes = [...mine, ...others].map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('spells plain pinyin as the toned pinyin without tone marks', () => {
    for (const p of mine) {
      const stripped = p.pinyin.toned.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect(p.pinyin.plain, p.code).toBe(stripped);
      expect(p.pinyin.toned, p.code).not.toBe(stripped);
    }
  });

  it('names only known landmarks, in the rule and in location.landmarks', () => {
    for (const p of mine) {
      const used = refsOf(p.location.rule.expr).filter((r) => !isPointCode(r)).map((r) => r.replace(/@right$/, ''));
      for (const id of [...used, ...p.location.landmarks]) expect(LANDMARK_IDS.has(id), `${p.code}: ${id}`).toBe(true);
      for (const id of used) expect(p.location.landmarks, p.code).toContain(id);
    }
  });

  it('names only known cun scales, and every move has a scale', () => {
    for (const p of mine) {
      for (const s of scalesOf(p.location.rule)) expect(CUN_SCALE_IDS.has(s), `${p.code}: ${s}`).toBe(true);
      for (const m of movesOf(p.location.rule.expr)) expect(m.scale ?? p.location.rule.scale, p.code).toBeDefined();
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

  it('has no reference cycles, following references into the other point files that exist', () => {
    const known = new Map([...others, ...mine].map((p) => [p.code, p]));
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string, path: string[]): void => {
      const p = known.get(code);
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

  it('gives every five-shu point the phase of its shu for a yin or yang channel', () => {
    const yin = ['wood', 'fire', 'earth', 'metal', 'water'];
    const yang = ['metal', 'water', 'wood', 'fire', 'earth'];
    const order = ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'];
    for (const p of mine) {
      for (const c of p.categories) {
        if (c.kind !== 'five-shu') continue;
        const table = p.channel === 'LR' ? yin : yang;
        expect(c.phase, p.code).toBe(table[order.indexOf(c.shu)]);
      }
    }
  });
});

describe('hand-checked standard facts', () => {
  it('five-shu points of TE, GB and LR (Deadman 2007)', () => {
    shu('TE1', 'jing-well', 'metal'); shu('TE2', 'ying-spring', 'water'); shu('TE3', 'shu-stream', 'wood');
    shu('TE6', 'jing-river', 'fire'); shu('TE10', 'he-sea', 'earth');
    shu('GB44', 'jing-well', 'metal'); shu('GB43', 'ying-spring', 'water'); shu('GB41', 'shu-stream', 'wood');
    shu('GB38', 'jing-river', 'fire');
    shu('LR1', 'jing-well', 'wood'); shu('LR2', 'ying-spring', 'fire'); shu('LR3', 'shu-stream', 'earth');
    shu('LR4', 'jing-river', 'metal'); shu('LR8', 'he-sea', 'water');
  });

  it('yuan-source, luo-connecting, xi-cleft and confluent points', () => {
    for (const c of ['TE4', 'GB40', 'LR3']) expect(has(point(c), { kind: 'yuan-source' }), c).toBe(true);
    for (const c of ['TE5', 'GB37', 'LR5', 'GV1', 'CV15']) expect(has(point(c), { kind: 'luo-connecting' }), c).toBe(true);
    for (const c of ['TE7', 'GB36', 'LR6']) expect(has(point(c), { kind: 'xi-cleft' }), c).toBe(true);
    expect(has(point('TE5'), { kind: 'confluent', vessel: 'yang-wei' })).toBe(true);
    expect(has(point('GB41'), { kind: 'confluent', vessel: 'dai' })).toBe(true);
  });

  it('front-mu and influential points', () => {
    const mu: [string, string][] = [
      ['GB24', 'gallbladder'], ['GB25', 'kidney'], ['LR13', 'spleen'], ['LR14', 'liver'], ['CV3', 'bladder'],
      ['CV4', 'small-intestine'], ['CV5', 'triple-energizer'], ['CV12', 'stomach'], ['CV14', 'heart'], ['CV17', 'pericardium'],
    ];
    for (const [c, organ] of mu) expect(has(point(c), { kind: 'front-mu', organ }), c).toBe(true);
    const inf: [string, string][] = [['GB39', 'marrow'], ['LR13', 'zang'], ['CV12', 'fu'], ['CV17', 'qi']];
    for (const [c, tissue] of inf) expect(has(point(c), { kind: 'influential', tissue } as Category), c).toBe(true);
  });

  it('GV14 is the meeting point of the Governing vessel with the six yang channels', () => {
    const crossing = point('GV14').categories.find((c) => c.kind === 'crossing');
    expect(crossing?.kind === 'crossing' ? [...crossing.channels].sort() : []).toEqual(['BL', 'GB', 'GV', 'LI', 'SI', 'ST', 'TE']);
  });

  it('locations on the midlines and trunk follow the WHO measurements', () => {
    expect(point('GV20').location.rule.expr).toEqual({ along: ['anterior-hairline-mid', 'posterior-hairline-mid'], cun: 5, of: 12 });
    expect(point('CV4').location.rule.expr).toEqual({ along: ['umbilicus', 'pubic-symphysis-superior'], cun: 3, of: 5 });
    expect(point('CV12').location.rule.expr).toEqual({ along: ['umbilicus', 'xiphisternal-junction'], cun: 4, of: 8 });
    expect(point('GV4').location.rule.expr).toBe('l2-spinous');
    expect(point('GV3').location.rule.expr).toBe('l4-spinous');
    expect(point('GV14').location.rule.expr).toBe('c7-spinous');
    expect(point('LR14').location.rule.expr).toBe('intercostal-6-midclavicular');
    expect(point('GB24').location.rule.expr).toBe('intercostal-7-midclavicular');
    expect(point('GB21').location.rule.expr).toEqual({ mid: ['c7-spinous', 'acromion-lateral'] });
    expect(point('GB20').location.rule.expr).toBe('occipital-depression');
  });

  it('limb locations follow the WHO measurements', () => {
    expect(point('TE5').location.rule.expr).toEqual({ along: ['dorsal-wrist-crease-mid', 'olecranon'], cun: 2, of: 12 });
    expect(point('TE6').location.rule.expr).toEqual({ along: ['dorsal-wrist-crease-mid', 'olecranon'], cun: 3, of: 12 });
    const gb39 = point('GB39').location.rule.expr;
    expect(typeof gb39 === 'object' && 'from' in gb39 ? [gb39.from, gb39.move[0]] : []).toEqual(['lateral-malleolus', { dir: 'proximal', cun: 3, scale: 'leg-lateral' }]);
    expect(point('GB29').location.rule.expr).toEqual({ mid: ['asis', 'greater-trochanter'] });
    expect(point('LR2').location.rule.expr).toBe('web-1-2-toes');
    expect(point('TE2').location.rule.face).toBe('posterior');
  });

  it('carries the classical cautions', () => {
    const sev = (c: string, s: string): boolean => point(c).cautions.some((x) => x.severity === s);
    for (const c of ['GV15', 'GV16', 'CV8', 'GB21']) expect(sev(c, 'contraindicated'), c).toBe(true);
    for (const c of ['GB21', 'GB22', 'LR14', 'TE15']) expect(point(c).cautions.some((x) => /pneumothorax/i.test(x.text)), c).toBe(true);
    expect(point('GB21').cautions.some((x) => /pregnan/i.test(x.text))).toBe(true);
    expect(point('CV8').techniques?.some((t) => t.technique === 'moxibustion')).toBe(true);
    for (const c of ['GV20', 'GV21', 'GV22']) expect(point(c).cautions.some((x) => /fontanelle/i.test(x.text)), c).toBe(true);
  });
});
