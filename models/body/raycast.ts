// Ray queries against a signed distance field: first exit of the skin along a ray from inside the body.
import { type Vec3, madd, norm } from './vec';

export type FieldFn = (x: number, y: number, z: number) => number;

/**
 * March from `from` (expected inside) along `dir` until the field turns positive, then bisect.
 * Returns null when no exit is found within `maxDist`.
 */
export function skinExit(f: FieldFn, from: Vec3, dir: Vec3, maxDist = 0.25, step = 0.001): Vec3 | null {
  const d = norm(dir);
  let t0 = 0;
  let prev = f(from[0], from[1], from[2]);
  if (prev >= 0) return null;
  for (let t = step; t <= maxDist; t += step) {
    const p = madd(from, d, t);
    const v = f(p[0], p[1], p[2]);
    if (v >= 0) return bisect(f, from, d, t0, t);
    t0 = t;
    prev = v;
  }
  void prev;
  return null;
}

export function bisect(f: FieldFn, o: Vec3, d: Vec3, t0: number, t1: number): Vec3 {
  let a = t0,
    b = t1;
  for (let i = 0; i < 30; i++) {
    const m = (a + b) / 2;
    const p = madd(o, d, m);
    if (f(p[0], p[1], p[2]) < 0) a = m;
    else b = m;
  }
  return madd(o, d, (a + b) / 2);
}
