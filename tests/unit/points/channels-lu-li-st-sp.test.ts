// Hand-checked standard facts of the LU, LI, ST and SP channels (points/data/points/{lu,li,st,sp}.json),
// written out independently of the data: five-shu phases, special categories, cautions, and where the cun
// offsets put the points on the default body (its committed placements asset).
// The structural checks of these files run in channel-structure.test.ts.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../points/schema/point';
import { codesWith, fiveShu, hasCategory, lookup, pointsOf } from './channel-kit';
import { MM, along, bCun, dist, expectNear, landmark, placed, sub } from './placed-points';

const all = pointsOf('LU', 'LI', 'ST', 'SP');
const rec = lookup(all);
const has = (code: string, cat: Category): boolean => hasCategory(rec(code), cat);
const shu = fiveShu;

describe('hand-checked standard facts (Deadman 2007, Cheng 1987, WHO 2008)', () => {
  it('five-shu points carry the right phase', () => {
    // yin channels: well wood, spring fire, stream earth, river metal, sea water
    const yin: [string, string, string][] = [
      ['LU11', 'jing-well', 'wood'],
      ['LU10', 'ying-spring', 'fire'],
      ['LU9', 'shu-stream', 'earth'],
      ['LU8', 'jing-river', 'metal'],
      ['LU5', 'he-sea', 'water'],
      ['SP1', 'jing-well', 'wood'],
      ['SP2', 'ying-spring', 'fire'],
      ['SP3', 'shu-stream', 'earth'],
      ['SP5', 'jing-river', 'metal'],
      ['SP9', 'he-sea', 'water'],
    ];
    // yang channels: well metal, spring water, stream wood, river fire, sea earth
    const yang: [string, string, string][] = [
      ['LI1', 'jing-well', 'metal'],
      ['LI2', 'ying-spring', 'water'],
      ['LI3', 'shu-stream', 'wood'],
      ['LI5', 'jing-river', 'fire'],
      ['LI11', 'he-sea', 'earth'],
      ['ST45', 'jing-well', 'metal'],
      ['ST44', 'ying-spring', 'water'],
      ['ST43', 'shu-stream', 'wood'],
      ['ST41', 'jing-river', 'fire'],
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
    expect(
      has('ST42', { kind: 'yuan-source' }) &&
        has('ST40', { kind: 'luo-connecting' }) &&
        has('ST34', { kind: 'xi-cleft' }),
    ).toBe(true);
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

  it('places points where the standard cun offsets put them on the body', () => {
    // WHO 2008: forearm 12 B-cun; leg ST35→ST41 16 B-cun; abdominal lines 2 (ST) and 4 (SP) B-cun off the midline.
    // Checked where each point lands on the default body, not how its rule is written. The locator projects a
    // point onto the skin along the way the skin faces there, and the skin of a limb bows away from the straight
    // chord between two of its points (the shin lies 8–9 mm behind the ST35–ST41 chord at ST39): fraction ± 0.03,
    // within 1 cm of the chord (a point that slid sideways off its line would be further); a trunk point projected
    // straight forwards keeps its height and its distance from the midline (2 mm covers the asset's rounding
    // and a scale measured as a slightly oblique chord).
    const onLine = (code: string, from: string, to: string, cun: number, of: number): void => {
      const { t, off } = along(placed(code).position, placed(from).position, placed(to).position);
      expectNear(t, cun / of, 0.03, `${code}: ${cun}/${of} of the way ${from}→${to}`);
      expect(off, `${code}: distance from the ${from}–${to} line`).toBeLessThan(10 * MM);
    };
    onLine('LU6', 'LU9', 'LU5', 7, 12); // 7 B-cun above the palmar wrist crease, on the LU9–LU5 line
    onLine('LI10', 'LI5', 'LI11', 10, 12); // 2 B-cun below LI11, on the LI5–LI11 line
    onLine('LI7', 'LI5', 'LI11', 5, 12); // 5 B-cun above the dorsal wrist crease, on the LI5–LI11 line
    onLine('ST37', 'ST35', 'ST41', 6, 16); // 6 B-cun below ST35, on the ST35–ST41 line
    onLine('ST39', 'ST35', 'ST41', 9, 16); // 9 B-cun below ST35, on the ST35–ST41 line

    const cun = bCun('chest-transverse'); // nipple to nipple = 8 B-cun
    const umbilicus = landmark('umbilicus');
    const onAbdomen = (code: string, above: number, lateralCun: number): void => {
      const p = placed(code).position;
      expectNear(p[1] - umbilicus[1], above, 2 * MM, `${code}: height above the umbilicus`);
      expectNear(p[0], lateralCun * cun, 2 * MM, `${code}: ${lateralCun} B-cun lateral of the midline`);
    };
    onAbdomen('ST25', 0, 2); // level with the umbilicus, 2 B-cun lateral
    onAbdomen('SP15', 0, 4); // level with the umbilicus, 4 B-cun lateral
    onAbdomen('ST21', 4 * bCun('upper-abdomen'), 2); // 4 B-cun above the umbilicus (xiphisternal junction–umbilicus 8), 2 lateral
    onAbdomen('SP13', -4.3 * bCun('lower-abdomen'), 4); // 4.3 B-cun below the umbilicus (umbilicus–pubic symphysis 5), 4 lateral

    // SP10: 2 B-cun (thigh: pubic symphysis–patellar base 18) above the medial end of the patellar base. The
    // thigh slopes in towards the knee, so "up the thigh" is slightly oblique: the offset is 2 B-cun long
    // (± 3 mm for the projection onto the medial skin) and runs mostly upwards.
    const sp10 = sub(placed('SP10').position, landmark('patella-superomedial'));
    const rise = Math.hypot(...sp10);
    expectNear(rise, 2 * bCun('thigh-medial'), 3 * MM, 'SP10: distance above the medial end of the patellar base');
    expect(sp10[1] / rise, 'SP10: upwards from the patella').toBeGreaterThan(0.9);

    // ST14 and ST18: in the 1st and 5th intercostal spaces, on the mammillary line 4 B-cun off the midline.
    for (const [code, space] of [
      ['ST14', 1],
      ['ST18', 5],
    ] as const) {
      const p = placed(code).position;
      expect(
        dist(p, landmark(`intercostal-${space}-midclavicular`)),
        `${code}: in intercostal space ${space}`,
      ).toBeLessThan(2 * MM);
      expectNear(p[0], 4 * cun, 2 * MM, `${code}: 4 B-cun lateral of the midline`);
    }
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

  it('needles the well points very shallowly', () => {
    // the 3-cun bound for all points is in channel-structure
    for (const code of ['LU11', 'LI1', 'ST45', 'SP1']) {
      // well points: very shallow
      for (const n of rec(code).needling) expect(n.depthCun[1], code).toBeLessThanOrEqual(0.2);
    }
  });
});
