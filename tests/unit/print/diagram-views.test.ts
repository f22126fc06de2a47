import { describe, expect, it } from 'vitest';
import {
  bestView,
  layoutLabels,
  ndcToPixel,
  neededViews,
  planMarkers,
  rankViews,
} from '../../../renderer/print/diagram-views';
import type { MarkerInstance } from '../../../renderer/viewer/scene-math';

const m = (code: string, side: MarkerInstance['side'], x: number): MarkerInstance => ({
  code,
  side,
  approximate: false,
  position: [x, 1, 0],
  normal: [0, 0, 1],
});
const placed = [m('GB30', 'left', 0.1), m('GB30', 'right', -0.1), m('CV4', 'midline', 0)];

describe('planMarkers', () => {
  it('numbers markers like the points table and picks the planned side', () => {
    const r = planMarkers(
      [
        { code: 'CV4', side: 'left' },
        { code: 'GB30', side: 'right' },
        { code: 'XX1', side: 'left' },
      ],
      placed,
    );
    expect(r.markers.map((x) => [x.number, x.code, x.position[0]])).toEqual([
      [1, 'CV4', 0],
      [2, 'GB30', -0.1],
    ]);
    expect(r.unplaced).toEqual(['XX1']);
  });
  it('draws both sides of a bilateral point', () => {
    expect(planMarkers([{ code: 'GB30', side: 'bilateral' }], placed).markers).toHaveLength(2);
  });
});

describe('views', () => {
  const marker = (normal: [number, number, number]) => ({ number: 1, code: 'X', position: [0, 1, 0] as const, normal });
  it('ranks views by how squarely the normal faces them', () => {
    expect(rankViews([0.9, 0, 0.4])[0]).toBe('left');
    expect(rankViews([-0.2, 0, -0.9])[0]).toBe('back');
  });
  it('skips a view where the marker is hidden and falls back to the next facing one', () => {
    const normal: [number, number, number] = [-0.8, 0, 0.6];
    expect(bestView(marker(normal), () => true)).toBe('right');
    expect(bestView(marker(normal), (_, v) => v !== 'right')).toBe('front');
  });
  it('keeps front and back always and adds only the sides in use, in a fixed order', () => {
    expect(neededViews(['front', 'front'])).toEqual(['front', 'back']);
    expect(neededViews(['right', 'left'])).toEqual(['front', 'back', 'left', 'right']);
  });
});

describe('layout', () => {
  it('maps NDC to pixels with y down', () => {
    expect(ndcToPixel(-1, 1, 200, 100)).toEqual([0, 0]);
    expect(ndcToPixel(0, -1, 200, 100)).toEqual([100, 100]);
  });
  it('pushes labels outward and apart, inside the image', () => {
    const l = layoutLabels(
      [
        { number: 1, x: 50, y: 50 },
        { number: 2, x: 52, y: 55 },
        { number: 3, x: 180, y: 50 },
      ],
      200,
      30,
      28,
    );
    expect(l.map((x) => x.lx)).toEqual([20, 22, 186]);
    expect(l[1]?.ly).toBe(78);
    expect(l[2]?.ly).toBe(50);
  });
});
