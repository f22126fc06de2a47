// Locator semantics on a synthetic surface (a plane z = 0 with hand-placed landmarks), so each rule
// form's meaning is checked against numbers worked out by hand, independent of the body model.
import { describe, expect, it } from 'vitest';
import { type CunScale } from '../../../points/anatomy/cun-scales';
import { Locator, type PointRule } from '../../../models/locator/locator';
import { type BodySurface } from '../../../models/locator/surface';
import { type Vec3 } from '../../../models/body/vec';

const landmarks = new Map<string, Vec3>([
  ['popliteal-crease-mid', [0.1, 0.5, 0]],
  ['popliteal-crease-mid@right', [-0.1, 0.5, 0]],
  ['lateral-malleolus', [0.1, 0.1, 0]],
  ['lateral-malleolus@right', [-0.1, 0.1, 0]],
  ['nipple', [0.1, 1.3, 0]],
  ['nipple@right', [-0.1, 1.3, 0]],
  ['umbilicus', [0, 1.05, 0]],
]);
const plane: BodySurface = { landmarks, project: (p) => ({ position: [p[0], p[1], 0], normal: [0, 0, 1] }) };
const scales: CunScale[] = [
  {
    id: 'leg-lateral',
    from: 'popliteal-crease-mid',
    to: 'lateral-malleolus',
    cun: 16,
    axis: 'longitudinal',
    source: 't',
  },
  { id: 'chest-transverse', from: 'nipple', to: 'nipple@right', cun: 8, axis: 'transverse', source: 't' },
];
const rules: PointRule[] = [
  {
    code: 'ST36',
    side: 'bilateral',
    rule: {
      expr: {
        from: 'popliteal-crease-mid',
        move: [
          { dir: 'distal', cun: 4 },
          { dir: 'lateral', cun: 1 },
        ],
      },
      scale: 'leg-lateral',
    },
  },
  {
    code: 'ST37',
    side: 'bilateral',
    rule: { expr: { from: 'ST36', move: [{ dir: 'distal', cun: 3 }] }, scale: 'leg-lateral', approximate: true },
  },
  { code: 'ST38', side: 'bilateral', rule: { expr: { mid: ['ST37', 'lateral-malleolus'] } } },
  {
    code: 'CV8',
    side: 'midline',
    rule: { expr: { from: 'umbilicus', move: [{ dir: 'superior', cun: 2, scale: 'chest-transverse' }] } },
  },
  {
    code: 'KI16',
    side: 'bilateral',
    rule: { expr: { from: 'umbilicus', move: [{ dir: 'lateral', cun: 0.5, scale: 'chest-transverse' }] } },
  },
  { code: 'GB1', side: 'bilateral', rule: { expr: { along: ['nipple', 'nipple@right'], cun: 2, of: 8 } } },
  { code: 'LR1', side: 'bilateral', rule: { expr: 'no-such-landmark' } },
  { code: 'LR2', side: 'bilateral', rule: { expr: 'LR3' } },
  { code: 'LR3', side: 'bilateral', rule: { expr: 'LR2' } },
  {
    code: 'LR4',
    side: 'bilateral',
    rule: { expr: { from: 'nipple', move: [{ dir: 'distal', cun: 1 }] }, scale: 'chest-transverse' },
  },
];
const loc = new Locator(plane, rules, scales);
const close = (a: readonly number[] | undefined, b: number[]): void => {
  expect(a).toBeDefined();
  a!.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 9));
};

describe('locator semantics', () => {
  it('measures the cun on the scale and moves distal along its axis, lateral away from the midline', () => {
    // leg-lateral: 0.4 m / 16 = 0.025 m per cun; 4 cun distal = 0.1 m down; 1 cun lateral = 0.025 m
    close(loc.place('ST36', 'left').position, [0.125, 0.4, 0]);
    close(loc.place('ST36', 'right').position, [-0.125, 0.4, 0]);
    expect(loc.place('ST36', 'left').status).toBe('exact');
  });

  it('resolves point references on the same side and propagates "approximate"', () => {
    close(loc.place('ST37', 'right').position, [-0.125, 0.325, 0]);
    const st38 = loc.place('ST38', 'left');
    expect(st38.status).toBe('approximate');
    close(st38.position, [0.1125, 0.2125, 0]);
  });

  it('uses transverse scales and @right for the opposite copy', () => {
    // chest-transverse: 0.2 m / 8 = 0.025 m per cun
    close(loc.place('CV8', 'midline').position, [0, 1.1, 0]);
    close(loc.place('KI16', 'right').position, [-0.0125, 1.05, 0]);
    close(loc.place('GB1', 'left').position, [0.05, 1.3, 0]);
    close(loc.place('GB1', 'right').position, [-0.05, 1.3, 0]);
  });

  it('reports unplaced points with a reason instead of faking them', () => {
    expect(loc.place('LR1', 'left')).toMatchObject({
      status: 'unplaced',
      reason: expect.stringContaining('no-such-landmark'),
    });
    expect(loc.place('LR2', 'left')).toMatchObject({ status: 'unplaced', reason: expect.stringContaining('circular') });
    expect(loc.place('LR4', 'left')).toMatchObject({
      status: 'unplaced',
      reason: expect.stringContaining('transverse'),
    });
    expect(loc.place('XX9', 'left').status).toBe('unplaced');
  });

  it('places bilateral points on both sides and midline points once', () => {
    const all = loc.placeAll();
    expect(all.filter((p) => p.code === 'ST36').map((p) => p.side)).toEqual(['left', 'right']);
    expect(all.filter((p) => p.code === 'CV8').map((p) => p.side)).toEqual(['midline']);
  });
});
