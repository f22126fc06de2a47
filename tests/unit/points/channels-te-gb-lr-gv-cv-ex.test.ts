// Hand-checked standard facts of the TE, GB, LR, GV and CV channel files and the extra points, written
// independently of the data (WHO 2008, Deadman 2007, Cheng 1987, WHO nomenclature 1993). The structural
// checks of these files run in channel-structure.test.ts.
import { describe, expect, it } from 'vitest';
import { refsOf } from '../../../points/schema/location-rule';
import type { Category } from '../../../points/schema/point';
import { ALL_POINTS, fiveShu, hasCategory as has, lookup, pointsOf } from './channel-kit';

const mine = pointsOf('TE', 'GB', 'LR', 'GV', 'CV', 'extra');
const point = lookup(mine);
const shu = (code: string, s: string, phase: string): void => {
  expect(has(point(code), fiveShu(s, phase)), `${code} ${s}/${phase}`).toBe(true);
};

describe('extra points file', () => {
  it('files Yintang as EX-HN3 with GV29 as its other code, keeping GV at 28 points', () => {
    expect(point('EX-HN3').altCodes).toEqual(['GV29']);
    expect(point('EX-HN3').location.rule.expr).toBe('glabella');
    expect(ALL_POINTS.map((p) => p.code)).not.toContain('GV29');
  });

  it('places Xiyan at the medial eye of the knee (the lateral eye is ST35) and Jiaji at L1', () => {
    expect(point('EX-LE5').location.rule.expr).toBe('patella-medial-depression');
    expect(point('EX-LE5').location.text).toContain('ST35');
    expect(refsOf(point('EX-B2').location.rule.expr)).toEqual(['l1-spinous']);
    expect(point('EX-B2').location.rule.note).toMatch(/representative/);
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
