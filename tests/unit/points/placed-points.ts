// Where the points land on the default body: the committed placements asset of male-average, read for
// the hand-checked channel tests, which check a point's placement against the WHO 2008 wording rather
// than the shape of its rule. Body frame: metres, +Y up (soles at y = 0), +Z anterior, +X the body's
// left; the left copy (or the midline one) of each point is used.
import { expect } from 'vitest';
import placementsJson from '../../../models/assets/bodies/male-average.placements.json';
import { PlacementsAsset } from '../../../models/placements-asset';
import { cunScale } from '../../../points/anatomy/cun-scales';

export type Vec3 = readonly [number, number, number];

const asset = PlacementsAsset.parse(placementsJson);

/** One millimetre, in the asset's metres. */
export const MM = 0.001;

export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const dist = (a: Vec3, b: Vec3): number => Math.hypot(...sub(a, b));

/** A landmark of the body (left copy of a bilateral one; `id@right` for the other). */
export function landmark(id: string): Vec3 {
  const p = asset.landmarks[id];
  if (!p) throw new Error(`no landmark ${id} on the body`);
  return p;
}

export interface Placed {
  readonly code: string;
  readonly position: Vec3;
  /** outward skin normal at the point */
  readonly normal: Vec3;
}

/** The left (or midline) placement of a point, asserting that the locator placed it (exact or approximate). */
export function placed(code: string): Placed {
  const p = asset.points.find((q) => q.code === code && (q.side === 'left' || q.side === 'midline'));
  if (!p) throw new Error(`${code} is not in the placements asset`);
  expect(['exact', 'approximate'], `${code} status`).toContain(p.status);
  if (!p.position || !p.normal) throw new Error(`${code} has no position`);
  return { code, position: p.position, normal: p.normal };
}

/** Length of one B-cun on a scale of this body: the distance between the scale's landmarks over its count. */
export function bCun(scaleId: string): number {
  const s = cunScale(scaleId);
  if (!s) throw new Error(`no cun scale ${scaleId}`);
  return dist(landmark(s.from), landmark(s.to)) / s.cun;
}

const AXES = { x: 0, y: 1, z: 2 } as const;
export type Axis = keyof typeof AXES;

/**
 * Where p falls on the line a → b: `t` the fraction of the way from a (0 at a, 1 at b, from p's projection
 * onto the line) and `off` its distance from the line. `ignore` drops one axis first, for a point that the
 * skin projection moved a long way along that axis (e.g. straight up onto the scalp or the shoulder).
 */
export function along(p: Vec3, a: Vec3, b: Vec3, ignore?: Axis): { t: number; off: number } {
  const flat = (v: Vec3): Vec3 => (ignore ? (v.map((c, i) => (i === AXES[ignore] ? 0 : c)) as unknown as Vec3) : v);
  const ab = flat(sub(b, a)),
    ap = flat(sub(p, a));
  const t = dot(ap, ab) / dot(ab, ab);
  const off = Math.hypot(ap[0] - ab[0] * t, ap[1] - ab[1] * t, ap[2] - ab[2] * t);
  return { t, off };
}

/** Asserts |actual − expected| ≤ tol, with the actual value in the failure message. */
export function expectNear(actual: number, expected: number, tol: number, what: string): void {
  expect(actual, `${what}: expected ${expected.toFixed(4)} ± ${tol}`).toBeGreaterThanOrEqual(expected - tol);
  expect(actual, `${what}: expected ${expected.toFixed(4)} ± ${tol}`).toBeLessThanOrEqual(expected + tol);
}
