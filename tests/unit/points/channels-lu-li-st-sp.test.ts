// Hand-checked standard facts of the LU, LI, ST and SP channels (points/data/points/{lu,li,st,sp}.json),
// written out independently of the data: five-shu phases, special categories, cun offsets, cautions.
// The structural checks of these files run in channel-structure.test.ts.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../points/schema/point';
import { codesWith, fiveShu, hasCategory, lookup, pointsOf } from './channel-kit';

const all = pointsOf('LU', 'LI', 'ST', 'SP');
const rec = lookup(all);
const has = (code: string, cat: Category): boolean => hasCategory(rec(code), cat);
const shu = fiveShu;

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
    expect(codesWith(all, 'five-shu')).toEqual([...yin, ...yang].map(([c]) => c).sort()); // ST36 (sea) is a seed record
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
    const count = (kind: Category['kind']): number => codesWith(all, kind).length;
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

  it('needles the well points very shallowly', () => { // the 3-cun bound for all points is in channel-structure
    for (const code of ['LU11', 'LI1', 'ST45', 'SP1']) { // well points: very shallow
      for (const n of rec(code).needling) expect(n.depthCun[1], code).toBeLessThanOrEqual(0.2);
    }
  });
});
