// Signed-distance primitives for the body field. Each is compiled to a closure over scalars so the
// field evaluates many small monomorphic functions (one giant generated function defeats the JIT).
import { type Vec3, cross, norm, sub, dot } from './vec';

export type Sdf = (x: number, y: number, z: number) => number;

export interface Prim {
  readonly name: string;
  readonly sdf: Sdf;
  /** axis-aligned bounds of the shape (before blending) */
  readonly min: Vec3;
  readonly max: Vec3;
  /** smooth-union (or smooth-subtraction) width in metres */
  readonly k: number;
  readonly subtract: boolean;
}

/** Orthonormal frame whose local y axis points along `axisY`, local z as close as possible to `hintZ`. */
export function frame(axisY: Vec3, hintZ: Vec3): [Vec3, Vec3, Vec3] {
  const ey = norm(axisY);
  let ex = norm(cross(ey, hintZ));
  if (!Number.isFinite(ex[0]) || (ex[0] === 0 && ex[1] === 0 && ex[2] === 0)) ex = [1, 0, 0];
  const ez = cross(ex, ey);
  return [ex, ey, ez];
}

/** Ellipsoid (approximate distance, good near the surface) with radii along a local frame. */
export function ellipsoid(
  name: string,
  c: Vec3,
  r: Vec3,
  k: number,
  axes?: [Vec3, Vec3, Vec3],
  subtract = false,
): Prim {
  const [ax, ay, az] = axes ?? [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const [rx, ry, rz] = r;
  const [cx, cy, cz] = c;
  const sdf: Sdf = (x, y, z) => {
    const dx = x - cx,
      dy = y - cy,
      dz = z - cz;
    const lx = (dx * ax[0] + dy * ax[1] + dz * ax[2]) / rx;
    const ly = (dx * ay[0] + dy * ay[1] + dz * ay[2]) / ry;
    const lz = (dx * az[0] + dy * az[1] + dz * az[2]) / rz;
    const k0 = Math.sqrt(lx * lx + ly * ly + lz * lz);
    const k1 = Math.sqrt((lx * lx) / (rx * rx) + (ly * ly) / (ry * ry) + (lz * lz) / (rz * rz));
    if (k1 < 1e-9) return -Math.min(rx, ry, rz);
    return (k0 * (k0 - 1)) / k1;
  };
  const ext: Vec3 = [0, 1, 2].map((i) => Math.abs(ax[i]! * rx) + Math.abs(ay[i]! * ry) + Math.abs(az[i]! * rz)) as Vec3;
  return { name, sdf, min: sub(c, ext), max: [c[0] + ext[0], c[1] + ext[1], c[2] + ext[2]], k, subtract };
}

/** Tapered capsule (round cone) from a (radius ra) to b (radius rb); exact distance. */
export function capsule(name: string, a: Vec3, b: Vec3, ra: number, rb: number, k: number, subtract = false): Prim {
  const ba = sub(b, a);
  const l2 = dot(ba, ba);
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const [ax, ay, az] = a;
  const sdf: Sdf = (x, y, z) => {
    const pax = x - ax,
      pay = y - ay,
      paz = z - az;
    const yv = pax * ba[0] + pay * ba[1] + paz * ba[2];
    const zv = yv - l2;
    const qx = pax * l2 - ba[0] * yv,
      qy = pay * l2 - ba[1] * yv,
      qz = paz * l2 - ba[2] * yv;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yv * yv * l2;
    const z2 = zv * zv * l2;
    const k2 = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zv) * a2 * z2 > k2) return Math.sqrt(x2 + z2) * il2 - rb;
    if (Math.sign(yv) * a2 * y2 < k2) return Math.sqrt(x2 + y2) * il2 - ra;
    return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - ra;
  };
  const r = Math.max(ra, rb);
  const min: Vec3 = [Math.min(a[0] - ra, b[0] - rb), Math.min(a[1] - ra, b[1] - rb), Math.min(a[2] - ra, b[2] - rb)];
  const max: Vec3 = [Math.max(a[0] + ra, b[0] + rb), Math.max(a[1] + ra, b[1] + rb), Math.max(a[2] + ra, b[2] + rb)];
  void r;
  return { name, sdf, min, max, k, subtract };
}

/** Polynomial smooth minimum (k = blend width). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth subtraction of `b` from `a`. */
export function ssub(a: number, b: number, k: number): number {
  return -smin(-a, b, k);
}
