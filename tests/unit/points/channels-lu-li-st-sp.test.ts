// Point records of the LU, LI, ST and SP channels (points/data/points/{lu,li,st,sp}.json): schema,
// completeness against the WHO code list, cross references of the location rules, and a hand-checked
// sample of standard facts (five-shu phases, special categories, cun offsets) written out independently.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUN_SCALE_IDS } from '../../../points/anatomy/cun-scales';
import { LANDMARK_IDS } from '../../../points/anatomy/landmarks';
import { type LocExpr, isPointCode, refsOf, scalesOf } from '../../../points/schema/location-rule';
import { CHANNEL_POINT_COUNTS, type Category, type PointRecord, PointsFile } from '../../../points/schema/point';

const DATA = new URL('../../../points/data/points/', import.meta.url);
const GROUP = { LU: 'lu', LI: 'li', ST: 'st', SP: 'sp' } as const;
type GroupChannel = keyof typeof GROUP;
/** The seed points of this group live in seed.json, written by another engineer. */
const SEED_CODES = new Set(['LI4', 'ST36', 'SP6']);

const load = (file: string): PointRecord[] =>
  PointsFile.parse(JSON.parse(readFileSync(fileURLToPath(new URL(file, DATA)), 'utf8'))).points;

const byChannel = Object.fromEntries(
  Object.entries(GROUP).map(([ch, file]) => [ch, load(`${file}.json`)]),
) as Record<GroupChannel, PointRecord[]>;
const all = Object.values(byChannel).flat();
const rec = (code: string): PointRecord => {
  const r = all.find((p) => p.code === code);
  if (!r) throw new Error(`no record ${code}`);
  return r;
};
const has = (code: string, cat: Category): boolean =>
  rec(code).categories.some((c) => JSON.stringify(c) === JSON.stringify(cat));
const shu = (s: string, phase: string): Category => ({ kind: 'five-shu', shu: s, phase } as Category);

const isStandardCode = (code: string): boolean => {
  const m = /^([A-Z]{2})(\d{1,2})$/.exec(code);
  if (!m) return /^EX-[A-Z]{1,3}\d{1,2}$/.test(code);
  const count = (CHANNEL_POINT_COUNTS as Record<string, number>)[m[1]!];
  return count !== undefined && Number(m[2]) >= 1 && Number(m[2]) <= count;
};
const landmarkRefs = (e: LocExpr): string[] => refsOf(e).filter((r) => !isPointCode(r)).map((r) => r.replace(/@right$/, ''));

describe('LU/LI/ST/SP point files', () => {
  it.each(Object.keys(GROUP) as GroupChannel[])('%s holds exactly the standard codes minus the seed points, in order', (ch) => {
    const expected = Array.from({ length: CHANNEL_POINT_COUNTS[ch] }, (_, i) => `${ch}${i + 1}`).filter((c) => !SEED_CODES.has(c));
    expect(byChannel[ch].map((p) => p.code)).toEqual(expected);
    for (const p of byChannel[ch]) {
      expect(p.channel).toBe(ch);
      expect(`${ch}${p.number}`).toBe(p.code);
      expect(p.side).toBe('bilateral');
    }
  });

  it('has no duplicate codes and no seed points', () => {
    const codes = all.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of SEED_CODES) expect(codes).not.toContain(c);
    expect(codes).toHaveLength(11 + 20 + 45 + 21 - 3);
  });

  it('names every landmark and scale from the shared vocabularies', () => {
    for (const p of all) {
      for (const id of [...landmarkRefs(p.location.rule.expr), ...p.location.landmarks]) {
        expect(LANDMARK_IDS.has(id), `${p.code}: landmark ${id}`).toBe(true);
      }
      for (const s of scalesOf(p.location.rule)) expect(CUN_SCALE_IDS.has(s), `${p.code}: scale ${s}`).toBe(true);
      // every landmark the rule uses is also listed for the UI
      for (const id of landmarkRefs(p.location.rule.expr)) expect(p.location.landmarks, p.code).toContain(id);
    }
  });

  it('gives every move a scale and every approximation a reason', () => {
    const walk = (e: LocExpr, ruleScale: string | undefined, code: string): void => {
      if (typeof e === 'string') return;
      if ('along' in e) { e.along.forEach((x) => walk(x, ruleScale, code)); return; }
      if ('mid' in e) { e.mid.forEach((x) => walk(x, ruleScale, code)); return; }
      walk(e.from, ruleScale, code);
      for (const m of e.move) expect(m.scale ?? ruleScale, `${code}: move without a scale`).toBeDefined();
    };
    for (const p of all) {
      walk(p.location.rule.expr, p.location.rule.scale, p.code);
      if (p.location.rule.approximate) expect(p.location.rule.note, p.code).toBeTruthy();
    }
  });

  it('refers only to standard point codes that exist, without cycles', () => {
    const seedFile = fileURLToPath(new URL('seed.json', DATA));
    const seed = existsSync(seedFile) ? load('seed.json') : [];
    const rules = new Map<string, string[]>();
    for (const p of [...seed, ...all]) rules.set(p.code, refsOf(p.location.rule.expr).filter(isPointCode));
    for (const p of all) {
      for (const ref of rules.get(p.code) ?? []) {
        expect(isStandardCode(ref), `${p.code} → ${ref}`).toBe(true);
        expect(all.some((q) => q.code === ref) || SEED_CODES.has(ref), `${p.code} → ${ref} has no record`).toBe(true);
      }
    }
    const state = new Map<string, 'open' | 'done'>();
    const visit = (code: string, path: string[]): void => {
      if (state.get(code) === 'done') return;
      if (state.get(code) === 'open') throw new Error(`rule cycle: ${[...path, code].join(' → ')}`);
      state.set(code, 'open');
      for (const next of rules.get(code) ?? []) visit(next, [...path, code]);
      state.set(code, 'done');
    };
    for (const p of all) expect(() => visit(p.code, [])).not.toThrow();
  });

  it('writes plain pinyin as the toned form without tone marks, and hanzi in CJK', () => {
    for (const p of all) {
      const stripped = p.pinyin.toned.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '');
      expect(p.pinyin.plain, p.code).toBe(stripped);
      expect(p.pinyin.toned, p.code).not.toBe(p.pinyin.plain); // every name carries at least one tone mark
      for (const h of [p.hanzi.simplified, p.hanzi.traditional]) expect(h, p.code).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
  });
});

describe('hand-checked standard facts (Deadman 2007, Cheng 1987, WHO 2008)', () => {
  it('five-shu points carry the right phase', () => {
    // yin channels: well wood, spring fire, stream earth, river metal, sea water
    const yin: [string, string, string][] = [
      ['LU11', 'jing-well', 'wood'], ['LU10', 'ying-spring', 'fire'], ['LU9', 'shu-stream', 'earth'],
      ['LU8', 'jing-river', 'metal'], ['LU5', 'he-sea', 'water'],
      ['SP1', 'jing-well', 'wood'], ['SP2', 'ying-spring', 'fire'], ['SP3', 'shu-stream', 'earth'],
      ['SP5', 'jing-river', 'metal'], ['SP9', 'he-sea', 'water'],
    ];
    // yang channels: well metal, spring water, stream wood, river fire, sea earth
    const yang: [string, string, string][] = [
      ['LI1', 'jing-well', 'metal'], ['LI2', 'ying-spring', 'water'], ['LI3', 'shu-stream', 'wood'],
      ['LI5', 'jing-river', 'fire'], ['LI11', 'he-sea', 'earth'],
      ['ST45', 'jing-well', 'metal'], ['ST44', 'ying-spring', 'water'], ['ST43', 'shu-stream', 'wood'], ['ST41', 'jing-river', 'fire'],
    ];
    for (const [code, s, phase] of [...yin, ...yang]) expect(has(code, shu(s, phase)), code).toBe(true);
    const fiveShu = all.filter((p) => p.categories.some((c) => c.kind === 'five-shu')).map((p) => p.code).sort();
    expect(fiveShu).toEqual([...yin, ...yang].map(([c]) => c).sort()); // ST36 (sea) is a seed record
  });

  it('special categories sit on the standard points', () => {
    expect(has('LU9', { kind: 'yuan-source' })).toBe(true);
    expect(has('LU9', { kind: 'influential', tissue: 'vessel' })).toBe(true);
    expect(has('LU7', { kind: 'luo-connecting' }) && has('LU7', { kind: 'confluent', vessel: 'ren' })).toBe(true);
    expect(has('LU6', { kind: 'xi-cleft' })).toBe(true);
    expect(has('LU1', { kind: 'front-mu', organ: 'lung' })).toBe(true);
    expect(has('LI6', { kind: 'luo-connecting' }) && has('LI7', { kind: 'xi-cleft' })).toBe(true);
    expect(has('ST42', { kind: 'yuan-source' }) && has('ST40', { kind: 'luo-connecting' }) && has('ST34', { kind: 'xi-cleft' })).toBe(true);
    expect(has('ST25', { kind: 'front-mu', organ: 'large-intestine' })).toBe(true);
    expect(has('ST37', { kind: 'lower-he-sea', organ: 'large-intestine' })).toBe(true);
    expect(has('ST39', { kind: 'lower-he-sea', organ: 'small-intestine' })).toBe(true);
    expect(has('SP3', { kind: 'yuan-source' }) && has('SP8', { kind: 'xi-cleft' })).toBe(true);
    expect(has('SP4', { kind: 'luo-connecting' }) && has('SP4', { kind: 'confluent', vessel: 'chong' })).toBe(true);
    expect(has('SP21', { kind: 'luo-connecting' })).toBe(true); // the great luo of the spleen
    const count = (kind: Category['kind']) => all.filter((p) => p.categories.some((c) => c.kind === kind)).length;
    expect(count('yuan-source')).toBe(3); // LU9, ST42, SP3 (LI4 is a seed record)
    expect(count('xi-cleft')).toBe(4);
    expect(count('luo-connecting')).toBe(5);
  });

  it('places points by the standard cun offsets', () => {
    // WHO 2008: forearm 12 B-cun; leg ST35→ST41 16 B-cun; abdominal lines 2 (ST) and 4 (SP) B-cun off the midline
    expect(rec('LU6').location.rule.expr).toMatchObject({ cun: 7, of: 12 });
    expect(rec('LI10').location.rule.expr).toMatchObject({ along: ['LI5', 'LI11'], cun: 10, of: 12 });
    expect(rec('LI7').location.rule.expr).toMatchObject({ cun: 5, of: 12 });
    expect(rec('ST37').location.rule.expr).toMatchObject({ along: ['patella-lateral-depression', 'ankle-crease-mid'], cun: 6, of: 16 });
    expect(rec('ST39').location.rule.expr).toMatchObject({ cun: 9, of: 16 });
    expect(rec('ST25').location.rule.expr).toMatchObject({ from: 'umbilicus', move: [{ dir: 'lateral', cun: 2 }] });
    expect(rec('SP15').location.rule.expr).toMatchObject({ from: 'umbilicus', move: [{ dir: 'lateral', cun: 4 }] });
    expect(rec('ST21').location.rule.expr).toMatchObject({ move: [{ dir: 'superior', cun: 4, scale: 'upper-abdomen' }, { dir: 'lateral', cun: 2 }] });
    expect(rec('SP13').location.rule.expr).toMatchObject({ move: [{ dir: 'inferior', cun: 4.3, scale: 'lower-abdomen' }, { dir: 'lateral', cun: 4 }] });
    expect(rec('SP10').location.rule.expr).toMatchObject({ from: 'patella-superomedial', move: [{ cun: 2 }] });
    expect(rec('ST14').location.rule.expr).toBe('intercostal-1-midclavicular');
    expect(rec('ST18').location.rule.expr).toBe('intercostal-5-midclavicular');
  });

  it('warns where the standard warns', () => {
    const mentions = (code: string, re: RegExp) => rec(code).cautions.some((c) => re.test(c.text));
    for (const code of ['LU1', 'LU2', 'ST13', 'ST14', 'ST15', 'ST16', 'ST18', 'SP17', 'SP18', 'SP19', 'SP20', 'SP21']) {
      expect(mentions(code, /pneumothorax/i), code).toBe(true);
    }
    expect(rec('ST17').cautions.some((c) => c.severity === 'contraindicated')).toBe(true); // nipple: not needled
    expect(mentions('ST1', /eye/i) && mentions('ST9', /carotid/i) && mentions('LU9', /radial artery/i)).toBe(true);
    for (const code of ['ST28', 'ST29', 'ST30', 'SP13', 'SP14']) expect(mentions(code, /pregnan/i), code).toBe(true);
  });

  it('keeps needling depths within textbook bounds', () => {
    for (const p of all) for (const n of p.needling) expect(n.depthCun[1], p.code).toBeLessThanOrEqual(3);
    for (const code of ['LU11', 'LI1', 'ST45', 'SP1']) { // well points: very shallow
      for (const n of rec(code).needling) expect(n.depthCun[1], code).toBeLessThanOrEqual(0.2);
    }
  });
});
