// The one rule for a plan on the body (3D viewer and printed diagrams alike): which markers a plan row
// draws, on which side, and the number each carries.
import { describe, expect, it } from 'vitest';
import {
  drawnNumbers,
  drawsPlannedSide,
  numbersByMarker,
  planMarkerHits,
  planPointNumber,
  samePlanSides,
  type PlanPointRef,
} from '../../../renderer/viewer/plan-markers';
import type { MarkerInstance } from '../../../renderer/viewer/scene-math';

const m = (code: string, side: MarkerInstance['side'], x: number): MarkerInstance => ({
  code,
  side,
  approximate: false,
  position: [x, 1, 0],
  normal: [0, 0, 1],
});
// Index:  0 GB30 left, 1 GB30 right, 2 ST36 left, 3 ST36 right, 4 CV4 midline
const placed = [
  m('GB30', 'left', 0.12),
  m('GB30', 'right', -0.12),
  m('ST36', 'left', 0.13),
  m('ST36', 'right', -0.13),
  m('CV4', 'midline', 0),
];

describe('drawsPlannedSide', () => {
  it.each([
    ['bilateral', 'left', true],
    ['bilateral', 'right', true],
    ['left', 'left', true],
    ['left', 'right', false],
    ['right', 'right', true],
    ['right', 'left', false],
    ['left', 'midline', true],
    ['right', 'midline', true],
    ['bilateral', 'midline', true],
  ] as const)('a %s row draws a %s marker: %s', (planned, marker, drawn) => {
    expect(drawsPlannedSide(planned, marker)).toBe(drawn);
  });
});

describe('planMarkerHits', () => {
  it('numbers in plan order (1-based, as the points table) on the planned sides only', () => {
    const { hits, unplaced } = planMarkerHits(
      [
        { code: 'GB30', side: 'bilateral' },
        { code: 'ST36', side: 'left' },
      ],
      placed,
    );
    expect(hits).toEqual([
      { number: 1, code: 'GB30', index: 0 },
      { number: 1, code: 'GB30', index: 1 },
      { number: 2, code: 'ST36', index: 2 },
    ]);
    expect(unplaced).toEqual([]);
    expect(planPointNumber(0)).toBe(1);
  });

  it('draws a midline point once whatever side its row says; a code without a marker is unplaced but keeps its number slot', () => {
    const { hits, unplaced } = planMarkerHits(
      [
        { code: 'XX1', side: 'left' },
        { code: 'CV4', side: 'right' },
        { code: 'GB30', side: 'right' },
      ],
      placed,
    );
    expect(hits).toEqual([
      { number: 2, code: 'CV4', index: 4 },
      { number: 3, code: 'GB30', index: 1 },
    ]);
    expect(unplaced).toEqual(['XX1']);
  });

  it('a side with no placed marker leaves the row unplaced', () => {
    const onlyLeft = [m('LI4', 'left', 0.4)];
    expect(planMarkerHits([{ code: 'LI4', side: 'right' }], onlyLeft)).toEqual({ hits: [], unplaced: ['LI4'] });
  });
});

describe('numbers per marker', () => {
  it('a marker in two rows (a duplicated point) carries both numbers; drawn numbers are distinct and ascending', () => {
    const plan: PlanPointRef[] = [
      { code: 'ST36', side: 'left' },
      { code: 'GB30', side: 'left' },
      { code: 'ST36', side: 'bilateral' },
    ];
    const byMarker = numbersByMarker(planMarkerHits(plan, placed).hits);
    expect([...byMarker].sort((a, b) => a[0] - b[0])).toEqual([
      [0, [2]],
      [2, [1, 3]],
      [3, [3]],
    ]);
    expect(drawnNumbers(byMarker)).toEqual([1, 2, 3]);
    expect(drawnNumbers(new Map())).toEqual([]);
  });
});

describe('samePlanSides', () => {
  it('is true only for the same codes and sides in the same order', () => {
    const a: PlanPointRef[] = [
      { code: 'GB30', side: 'bilateral' },
      { code: 'ST36', side: 'left' },
    ];
    expect(
      samePlanSides(
        a,
        a.map((p) => ({ ...p })),
      ),
    ).toBe(true);
    expect(samePlanSides(a, [a[1] as PlanPointRef, a[0] as PlanPointRef])).toBe(false);
    expect(samePlanSides(a, [a[0] as PlanPointRef, { code: 'ST36', side: 'right' }])).toBe(false);
    expect(samePlanSides(a, a.slice(0, 1))).toBe(false);
  });
});
