// The "how to locate" guide: which references are marked and which line is drawn, per rule form.
import { describe, expect, it } from 'vitest';
import { locateGuide } from '../../../renderer/viewer/locate-guide';
import type { Vec3 } from '../../../renderer/viewer/scene-math';

const POS: Record<string, Vec3> = {
  'greater-trochanter': [0.17, 0.9, -0.02],
  'sacral-hiatus': [0, 0.88, -0.1],
  ST35: [0.1, 0.5, 0.05],
  ST41: [0.1, 0.08, 0.05],
};
const resolve = (ref: string): Vec3 | undefined => POS[ref];
const point: Vec3 = [0.11, 0.89, -0.06];

describe('locateGuide', () => {
  it('marks both ends of an "along" rule and draws the line between them (GB30)', () => {
    const g = locateGuide({ expr: { along: ['greater-trochanter', 'sacral-hiatus'], fraction: 1 / 3 } }, resolve, point);
    expect(g.marks).toEqual([POS['greater-trochanter'], POS['sacral-hiatus']]);
    expect(g.line).toEqual([POS['greater-trochanter'], POS['sacral-hiatus']]);
  });

  it('draws a "from … move" rule from its start to the point itself', () => {
    const g = locateGuide({ expr: { from: 'ST35', move: [{ dir: 'inferior', cun: 3 }] } }, resolve, point);
    expect(g.marks).toEqual([POS.ST35]);
    expect(g.line).toEqual([POS.ST35, point]);
  });

  it('skips references it cannot place and then draws no line', () => {
    const g = locateGuide({ expr: { mid: ['ST35', 'unknown-landmark'] } }, resolve, point);
    expect(g.marks).toEqual([POS.ST35]);
    expect(g.line).toBeNull();
  });

  it('marks each reference once and draws no line for a point at a landmark', () => {
    const g = locateGuide({ expr: { along: [{ mid: ['ST35', 'ST41'] }, 'ST41'], fraction: 0.5 } }, resolve, point);
    expect(g.marks).toEqual([POS.ST35, POS.ST41]);
    expect(g.line).toBeNull();
    expect(locateGuide({ expr: 'ST35' }, resolve, point)).toEqual({ marks: [POS.ST35], line: null });
  });
});
