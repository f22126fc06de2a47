// The body's signed distance field: smooth union of the primitives, evaluated through a coarse grid of
// cells that each list only the primitives whose blended bounds reach them. The body is modelled on
// its left side (x ≥ 0) plus the midline, and evaluated at |x|, so it is exactly mirror-symmetric.
import { type Prim, smin, ssub } from './primitives';
import { type Vec3, norm } from './vec';

export interface BodyField {
  /** signed distance (negative inside), metres */
  readonly at: (x: number, y: number, z: number) => number;
  /** unit outward normal from the gradient */
  readonly normal: (p: Vec3) => Vec3;
  /** bounds of the full (mirrored) body, padded */
  readonly min: Vec3;
  readonly max: Vec3;
  readonly prims: readonly Prim[];
}

const CELL = 0.02;
const OUTSIDE = CELL;
const MARGIN = 0.012;

export function buildField(prims: readonly Prim[]): BodyField {
  const lo: Vec3 = [0, Infinity, Infinity];
  const hi: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of prims) {
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i]!, p.min[i]! - 2 * p.k - MARGIN);
      hi[i] = Math.max(hi[i]!, p.max[i]! + 2 * p.k + MARGIN);
    }
  }
  lo[1] = Math.min(lo[1], 0);
  lo[0] = 0;
  const n = [0, 1, 2].map((i) => Math.max(1, Math.ceil((hi[i]! - lo[i]!) / CELL) + 1)) as Vec3;
  const [nx, ny, nz] = n;
  const cells: (Prim[] | null)[] = new Array(nx * ny * nz).fill(null);
  // Pre-sort additive before subtractive so carving applies to the blended whole.
  const ordered = [...prims.filter((p) => !p.subtract), ...prims.filter((p) => p.subtract)];
  for (const p of ordered) {
    // Generous margin: approximate ellipsoid distances under-estimate away from the surface, and a
    // primitive cut off while still blending shows as a seam.
    const m = 2 * p.k + MARGIN;
    const a = [0, 1, 2].map((i) => Math.max(0, Math.floor((p.min[i]! - m - lo[i]!) / CELL)));
    const b = [0, 1, 2].map((i) => Math.min(n[i]! - 1, Math.floor((p.max[i]! + m - lo[i]!) / CELL)));
    for (let z = a[2]!; z <= b[2]!; z++)
      for (let y = a[1]!; y <= b[1]!; y++)
        for (let x = a[0]!; x <= b[0]!; x++) {
          const idx = (z * ny + y) * nx + x;
          (cells[idx] ??= []).push(p);
        }
  }
  const at = (x: number, y: number, z: number): number => {
    const ax = Math.abs(x);
    const ix = Math.floor((ax - lo[0]) / CELL),
      iy = Math.floor((y - lo[1]) / CELL),
      iz = Math.floor((z - lo[2]) / CELL);
    if (ix < 0 || iy < 0 || iz < 0 || ix >= nx || iy >= ny || iz >= nz) return OUTSIDE;
    const list = cells[(iz * ny + iy) * nx + ix];
    if (!list) return OUTSIDE;
    let d = 1e9;
    for (const p of list) {
      const v = p.sdf(ax, y, z);
      d = p.subtract ? ssub(d, v, p.k) : smin(d, v, p.k);
    }
    return d;
  };
  const normal = (p: Vec3): Vec3 => {
    const e = 2.5e-4;
    const [x, y, z] = p;
    return norm([
      at(x + e, y, z) - at(x - e, y, z),
      at(x, y + e, z) - at(x, y - e, z),
      at(x, y, z + e) - at(x, y, z - e),
    ]);
  };
  return { at, normal, min: [-hi[0], lo[1], lo[2]], max: hi, prims };
}
