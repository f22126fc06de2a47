// Pure viewer geometry: which points become markers, channel paths in point-number order, camera
// poses in the body frame (+Y up, +Z anterior, +X the body's left) and screen projection.
import { describe, expect, it } from 'vitest';
import {
  bestFacing,
  channelPaths,
  easeFactor,
  facesCamera,
  focusPose,
  markerInstances,
  ndcToPixels,
  parseChannelCode,
  polylineSegments,
  presetPose,
  subdividePath,
  type MarkerInstance,
  type RawPlacement,
} from '../../../renderer/viewer/scene-math';

const up = [0, 1, 0];
const raw = (code: string, side: string, y: number, status = 'exact'): RawPlacement => ({
  code,
  side,
  status,
  position: [0.1, y, 0],
  normal: up,
});

describe('marker instances', () => {
  it('keeps placed points (exact and approximate), drops unplaced or malformed ones', () => {
    const markers = markerInstances([
      raw('LU1', 'left', 1.4, 'approximate'),
      raw('LU2', 'left', 1.43),
      { code: 'LU3', side: 'left', status: 'unplaced', reason: 'no landmark' } as RawPlacement,
      { code: 'LU4', side: 'left', status: 'exact', position: [0, Number.NaN, 0], normal: up },
      { code: 'LU5', side: 'upper', status: 'exact', position: [0, 1, 0], normal: up },
    ]);
    expect(markers.map((m) => [m.code, m.approximate])).toEqual([
      ['LU1', true],
      ['LU2', false],
    ]);
  });
});

describe('channel paths', () => {
  it('parses WHO codes and leaves extra points out of channels', () => {
    expect(parseChannelCode('GB30')).toEqual({ channel: 'GB', number: 30 });
    expect(parseChannelCode('EX-B2')).toBeUndefined();
  });

  it('orders points by number, not by file order or string order, one path per channel and side', () => {
    const markers = markerInstances([
      raw('LU10', 'left', 0.9),
      raw('LU2', 'left', 1.43),
      raw('LU1', 'left', 1.4),
      raw('LU1', 'right', 1.4),
      raw('LU2', 'right', 1.43),
      raw('CV4', 'midline', 0.95),
      raw('CV3', 'midline', 0.93),
      raw('ST36', 'left', 0.4),
    ]);
    const paths = channelPaths(markers, 0);
    expect(paths.map((p) => p.key)).toEqual(['CV:midline', 'LU:left', 'LU:right']);
    expect(paths.find((p) => p.key === 'LU:left')?.positions.map((p) => p[1])).toEqual([1.4, 1.43, 0.9]);
  });

  it('lifts every path vertex off the skin along its normal', () => {
    const markers = markerInstances([
      { code: 'GB1', side: 'left', status: 'exact', position: [0, 1, 0], normal: [0, 0, 1] },
      { code: 'GB2', side: 'left', status: 'exact', position: [0, 0.9, 0], normal: [1, 0, 0] },
    ]);
    expect(channelPaths(markers, 0.01)[0]?.positions).toEqual([
      [0, 1, 0.01],
      [0.01, 0.9, 0],
    ]);
  });

  it('subdivides long legs into short steps with unit normals, keeping the original vertices', () => {
    const out = subdividePath(
      [
        [0, 0, 0],
        [0, 0.1, 0],
        [0, 0.11, 0],
      ],
      [
        [1, 0, 0],
        [0, 0, 1],
        [0, 0, 1],
      ],
      0.02,
    );
    expect(out.positions).toHaveLength(5 + 1 + 1);
    expect(out.positions[0]).toEqual([0, 0, 0]);
    expect(out.positions[5]?.[1]).toBeCloseTo(0.1, 12);
    expect(out.positions.at(-1)).toEqual([0, 0.11, 0]);
    for (const n of out.normals) expect(Math.hypot(...n)).toBeCloseTo(1, 9);
    expect(out.normals[2]?.[0]).toBeGreaterThan(0); // still partly the first normal mid-leg
  });

  it('turns a polyline of n points into n − 1 segments', () => {
    expect(
      polylineSegments([
        [0, 0, 0],
        [1, 0, 0],
        [1, 1, 0],
      ]),
    ).toEqual([0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0]);
    expect(polylineSegments([[0, 0, 0]])).toEqual([]);
  });
});

describe('camera poses', () => {
  it('front looks from anterior (+Z), back from posterior, left from the body’s left (+X)', () => {
    expect(presetPose('front', 1.75, 3).position[2]).toBeGreaterThan(2.9);
    expect(presetPose('back', 1.75, 3).position[2]).toBeLessThan(-2.9);
    expect(presetPose('left', 1.75, 3).position[0]).toBeGreaterThan(2.9);
    expect(presetPose('right', 1.75, 3).position[0]).toBeLessThan(-2.9);
    // aimed at mid-body height, whatever the view
    expect(presetPose('back', 1.75, 3).target[1]).toBeCloseTo(0.91, 2);
  });

  it('focus looks at the point from outside the skin, at the requested distance', () => {
    const pose = focusPose([0.12, 0.92, -0.11], [0.6, 0.34, -0.72], 1);
    expect(pose.target).toEqual([0.12, 0.92, -0.11]);
    const d = pose.position.map((v, i) => v - (pose.target[i] ?? 0));
    expect(Math.hypot(...d)).toBeCloseTo(1, 6);
    expect(d[2]).toBeLessThan(0); // posterior point → camera behind the body
  });

  it('a point on the back faces a camera behind the body and not one in front', () => {
    expect(facesCamera([0, 1, -0.1], [0, 0, -1], [0, 1, -3])).toBe(true);
    expect(facesCamera([0, 1, -0.1], [0, 0, -1], [0, 1, 3])).toBe(false);
  });

  it('picks the side of a bilateral point that faces the camera', () => {
    const m = (side: 'left' | 'right', x: number): MarkerInstance => ({
      code: 'GB30',
      side,
      approximate: false,
      position: [x, 0.9, -0.1],
      normal: [Math.sign(x), 0, 0],
    });
    expect(bestFacing([m('left', 0.12), m('right', -0.12)], [-3, 0.9, 0])?.side).toBe('right');
    expect(bestFacing([], [0, 0, 0])).toBeUndefined();
  });
});

describe('screen projection and easing', () => {
  it('maps NDC corners and centre to CSS pixels with y downwards', () => {
    expect(ndcToPixels(-1, 1, 800, 600)).toEqual([0, 0]);
    expect(ndcToPixels(1, -1, 800, 600)).toEqual([800, 600]);
    expect(ndcToPixels(0, 0, 800, 600)).toEqual([400, 300]);
  });

  it('easing is frame-rate independent: two half steps equal one full step', () => {
    const full = easeFactor(6, 0.1);
    const half = easeFactor(6, 0.05);
    expect(1 - (1 - half) * (1 - half)).toBeCloseTo(full, 10);
    expect(easeFactor(6, -1)).toBe(0);
  });
});
