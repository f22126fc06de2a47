// The "how to locate" guide: references marked, the measuring path, whole-B-cun ticks (or equal parts
// of a fraction rule) and where the point falls, per side. Expected numbers are worked out here from
// the landmark positions and the WHO scales, not taken from the guide.
import { describe, expect, it } from 'vitest';
import placements from '../../../models/assets/bodies/male-average.placements.json';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import type { LocationRule } from '../../../points/schema/location-rule';
import { fractionParts, locateGuide, type GuideEnv } from '../../../renderer/viewer/locate-guide';
import type { PlacedSide, Vec3 } from '../../../renderer/viewer/scene-math';

const kb = loadKnowledgeBase();
const ruleOf = (code: string): LocationRule => {
  const p = kb.points.find((r) => r.code === code);
  if (!p) throw new Error(`no record ${code}`);
  return p.location.rule;
};

const landmarks = new Map(Object.entries(placements.landmarks).map(([id, p]) => [id, p as unknown as Vec3]));
const placed = placements.points as { code: string; side: string; position?: number[] }[];
const env: GuideEnv = {
  landmarks,
  pointAt: (code, side) => placed.find((p) => p.code === code && p.side === side)?.position as Vec3 | undefined,
};
const lm = (id: string): Vec3 => {
  const p = landmarks.get(id);
  if (!p) throw new Error(`no landmark ${id}`);
  return p;
};

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dist = (a: Vec3, b: Vec3): number => Math.hypot(...sub(a, b));
const at = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const expectNear = (p: Vec3 | null | undefined, q: Vec3, tol = 1e-9): void => {
  expect(p).toBeTruthy();
  expect(dist(p as Vec3, q)).toBeLessThan(tol);
};

describe('locateGuide — ST36, 3 B-cun down the 16 B-cun line ST35 → ST41', () => {
  const st35 = lm('patella-lateral-depression');
  const st41 = lm('ankle-crease-mid');
  const g = locateGuide(ruleOf('ST36'), env, 'left');

  it('marks both ends and measures along the line between them', () => {
    expect(g.marks).toEqual([st35, st41]);
    expect(g.path).toEqual([st35, st41]);
    expect(g.unit).toBe('cun');
  });

  it('has three equally spaced ticks from ST35 to the point, the third at the point, 3/16 of the way', () => {
    const counted = g.ticks.filter((t) => t.toPoint);
    expect(counted.map((t) => t.count)).toEqual([1, 2, 3]);
    const cun = dist(st35, st41) / 16;
    const stops = [st35, ...counted.map((t) => t.position)];
    for (let i = 1; i < stops.length; i++) expect(dist(stops[i - 1] as Vec3, stops[i] as Vec3)).toBeCloseTo(cun, 9);
    expectNear(g.point, at(st35, st41, 3 / 16));
    expectNear(counted[2]?.position, g.point as Vec3);
    expect(dist(st35, g.point as Vec3) / dist(st35, st41)).toBeCloseTo(3 / 16, 12);
  });

  it('continues the ruler to ST41: 15 inner whole-cun ticks, the ones past the point not counted', () => {
    expect(g.ticks).toHaveLength(15);
    expect(g.ticks.filter((t) => !t.toPoint).map((t) => t.count)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const along = g.ticks[0]?.along as Vec3;
    expect(Math.hypot(...along)).toBeCloseTo(1, 12);
    expect(along[1]).toBeLessThan(-0.9); // down the shin
  });

  it('draws the right side on the mirrored landmarks', () => {
    const right = locateGuide(ruleOf('ST36'), env, 'right');
    expect(right.marks).toEqual([lm('patella-lateral-depression@right'), lm('ankle-crease-mid@right')]);
    const p = g.point as Vec3;
    expectNear(right.point, [-p[0], p[1], p[2]], 1e-6);
    expect(right.face).toEqual([0, 0, 1]);
  });
});

describe('locateGuide — other rule forms', () => {
  it('GB30: trochanter → sacral hiatus in thirds, the point at the first third', () => {
    const a = lm('greater-trochanter');
    const b = lm('sacral-hiatus');
    const g = locateGuide(ruleOf('GB30'), env, 'left');
    expect(g.unit).toBe('part');
    expect(g.ticks.map((t) => [t.count, t.toPoint])).toEqual([
      [1, true],
      [2, false],
    ]);
    expectNear(g.ticks[0]?.position, at(a, b, 1 / 3));
    expectNear(g.ticks[1]?.position, at(a, b, 2 / 3));
    expectNear(g.point, at(a, b, 1 / 3));
    expect(g.face).toEqual([0, 0, -1]);
  });

  it('BL23: 1.5 B-cun lateral of L2 on the back scale (6 B-cun between the scapulae): one tick, then the point', () => {
    const l2 = lm('l2-spinous');
    const cun = dist(lm('scapula-medial-border'), lm('scapula-medial-border@right')) / 6;
    for (const [side, sign] of [
      ['left', 1],
      ['right', -1],
    ] as const) {
      const g = locateGuide(ruleOf('BL23'), env, side);
      expect(g.ticks.map((t) => t.count)).toEqual([1]);
      expectNear(g.ticks[0]?.position, [l2[0] + sign * cun, l2[1], l2[2]]);
      expectNear(g.point, [l2[0] + sign * 1.5 * cun, l2[1], l2[2]]);
      expect(g.path).toHaveLength(2);
    }
  });

  it('SP6: each move is a leg of the path and counts its own B-cun (3 up the leg, then half a cun back)', () => {
    const rule: LocationRule = {
      expr: {
        from: 'ST35',
        move: [
          { dir: 'superior', cun: 3 },
          { dir: 'posterior', cun: 0.5 },
        ],
      },
      scale: 'leg-medial',
    };
    const cun = dist(lm('tibia-medial-condyle'), lm('medial-malleolus')) / 13;
    const g = locateGuide(rule, env, 'left');
    const start = env.pointAt('ST35', 'left') as Vec3;
    expect(g.marks).toEqual([start]);
    expect(g.ticks.map((t) => t.count)).toEqual([1, 2, 3]);
    expectNear(g.path[1], [start[0], start[1] + 3 * cun, start[2]]);
    expectNear(g.point, [start[0], start[1] + 3 * cun, start[2] - 0.5 * cun]);
    expect(g.ticks.every((t) => t.along[1] === 1)).toBe(true);
  });

  it('a midline rule is drawn once, on the midline landmarks', () => {
    const g = locateGuide(ruleOf('CV12'), env, 'midline');
    expect(g.side).toBe('midline');
    expect(g.ticks.filter((t) => t.toPoint)).toHaveLength(4);
    expect(g.ticks).toHaveLength(7);
    expect(Math.abs(g.point?.[0] ?? 1)).toBeLessThan(1e-6);
  });

  it('marks what it can place and draws no path when a reference is missing', () => {
    const g = locateGuide({ expr: { mid: ['ST35', 'unknown-landmark'] } }, env, 'left');
    expect(g.marks).toEqual([env.pointAt('ST35', 'left')]);
    expect(g.path).toEqual([]);
    expect(g.ticks).toEqual([]);
    expect(g.point).toBeNull();
  });

  it('a point at a landmark (LI4) is just that mark: no path, no ticks', () => {
    const g = locateGuide(ruleOf('LI4'), env, 'left');
    expect(g.marks).toEqual([lm('metacarpal-2-mid')]);
    expect(g).toMatchObject({ path: [], ticks: [], point: null, unit: null });
  });

  it('splits a fraction into the fewest equal parts it falls on', () => {
    expect([1 / 2, 1 / 3, 2 / 3, 0.25, 0.6, 0.3].map(fractionParts)).toEqual([2, 3, 3, 4, 5, 10]);
    expect(fractionParts(0.27)).toBeUndefined();
  });
});

describe('locateGuide agrees with the locator', () => {
  // The locator projects the rule's position onto the skin along `face`; the guide's point must lie on
  // that projection line through the placed marker, for every side, or the cross misses the marker.
  // (Checked against the committed placements asset; after a rule edit, regenerate it first.)
  const CHECKED = ['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36', 'ST37', 'LI10', 'CV12', 'BL25'];
  const misses = (code: string): string[] => {
    const rec = kb.points.find((p) => p.code === code);
    if (!rec) throw new Error(code);
    const sides: PlacedSide[] = rec.side === 'midline' ? ['midline'] : ['left', 'right'];
    const out: string[] = [];
    for (const side of sides) {
      const g = locateGuide(rec.location.rule, env, side);
      const marker = env.pointAt(code, side);
      if (!g.point || !marker) continue; // single-reference rules: the marker is the landmark itself
      const off = sub(marker, g.point);
      const face = g.face ?? [0, 0, 0];
      const along = off[0] * face[0] + off[1] * face[1] + off[2] * face[2];
      if (Math.hypot(off[0] - along * face[0], off[1] - along * face[1], off[2] - along * face[2]) > 0.002)
        out.push(`${code}/${side}`);
    }
    return out;
  };
  for (const code of CHECKED) it(code, () => expect(misses(code)).toEqual([]));
});
