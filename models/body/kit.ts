// Shorthand for building primitives in reference units: offsets scale with height, soft-tissue radii
// with height × girth, bony radii with height only.
import { type BodyParams, girth } from './params';
import { type Prim, capsule, ellipsoid, frame } from './primitives';
import { type Skeleton } from './skeleton';
import { type FieldFn, skinExit } from './raycast';
import { type Vec3, madd, norm, sub } from './vec';

export interface Kit {
  readonly sk: Skeleton;
  readonly params: BodyParams;
  readonly s: number;
  readonly g: number;
  readonly out: Prim[];
  /** p + s·(dx, dy, dz) */
  at(p: Vec3, dx: number, dy: number, dz: number): Vec3;
  /** soft-tissue ellipsoid; `axis`/`hint` orient local y and z */
  ell(name: string, c: Vec3, r: Vec3, k: number, axis?: Vec3, hint?: Vec3): void;
  /** bony ellipsoid (radius not scaled by girth) */
  bone(name: string, c: Vec3, r: Vec3, k: number, axis?: Vec3, hint?: Vec3): void;
  cap(name: string, a: Vec3, b: Vec3, ra: number, rb: number, k: number, bony?: boolean): void;
  carveEll(name: string, c: Vec3, r: Vec3, k: number, axis?: Vec3, hint?: Vec3): void;
  carveCap(name: string, a: Vec3, b: Vec3, r: number, k: number): void;
  /** surface details placed after the base field exists (creases, navel, nipples) */
  readonly details: ((f: FieldFn) => void)[];
  /**
   * A crease: a thin groove of radius r (reference metres) sunk `depth` into the skin between the skin
   * exits of two rays cast from inside points along `dir`.
   */
  crease(f: FieldFn, name: string, a: Vec3, b: Vec3, dir: Vec3, r: number, depth: number, k: number): void;
}

export function makeKit(sk: Skeleton, params: BodyParams): Kit {
  const s = sk.s;
  const g = girth(params);
  const out: Prim[] = [];
  const axes = (axis?: Vec3, hint?: Vec3): [Vec3, Vec3, Vec3] | undefined =>
    axis ? frame(axis, hint ?? [0, 0, 1]) : undefined;
  const rs = (r: Vec3, f: number): Vec3 => [r[0] * f, r[1] * f, r[2] * f];
  return {
    sk,
    params,
    s,
    g,
    out,
    at: (p, dx, dy, dz) => madd(p, [dx, dy, dz], s),
    ell: (name, c, r, k, axis, hint) => {
      out.push(ellipsoid(name, c, rs(r, s * g), k * s, axes(axis, hint)));
    },
    bone: (name, c, r, k, axis, hint) => {
      out.push(ellipsoid(name, c, rs(r, s), k * s, axes(axis, hint)));
    },
    cap: (name, a, b, ra, rb, k, bony) => {
      const f = bony ? s : s * g;
      out.push(capsule(name, a, b, ra * f, rb * f, k * s));
    },
    carveEll: (name, c, r, k, axis, hint) => {
      out.push(ellipsoid(name, c, rs(r, s), k * s, axes(axis, hint), true));
    },
    carveCap: (name, a, b, r, k) => {
      out.push(capsule(name, a, b, r * s, r * s, k * s, true));
    },
    details: [],
    crease: (f, name, a, b, dir, r, depth, k) => {
      // piecewise along the skin so the groove keeps its depth where the surface curves
      const d = norm(dir);
      const off = (r - depth) * s;
      const pts: Vec3[] = [];
      for (let i = 0; i <= 6; i++) {
        const p = skinExit(f, madd(a, sub(b, a), i / 6), d);
        if (!p) throw new Error(`crease ${name}: ray missed the skin`);
        pts.push(madd(p, d, off));
      }
      for (let i = 0; i < 6; i++) out.push(capsule(name, pts[i]!, pts[i + 1]!, r * s, r * s, k * s, true));
    },
  };
}
