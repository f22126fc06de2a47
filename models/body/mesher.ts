// Surface nets over the body field: samples only bricks near the surface, one vertex per sign-changing
// cell (mean of edge crossings) snapped onto the zero set, one quad per sign-changing grid edge.
import { type BodyField } from './field';

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

const B = 8;

interface Grid {
  nx: number;
  ny: number;
  nz: number;
  x0: number;
  y0: number;
  z0: number;
  h: number;
  v: Float32Array;
}

function sampleGrid(field: BodyField, h: number): Grid {
  const pad = 3 * h;
  const halfX = Math.max(field.max[0], -field.min[0]) + pad;
  const nx = 2 * Math.ceil(halfX / h) + 1;
  const x0 = -((nx - 1) / 2) * h;
  const y0 = field.min[1] - pad,
    z0 = field.min[2] - pad;
  const ny = Math.ceil((field.max[1] + pad - y0) / h) + 1;
  const nz = Math.ceil((field.max[2] + pad - z0) / h) + 1;
  const v = new Float32Array(nx * ny * nz).fill(NaN);
  // Ellipsoid distances are approximate (they can overstate depth inside a long thin ellipsoid), so a
  // brick is only skipped when its centre is far beyond its half-diagonal; a prototype bug cut the ankle.
  const reach = Math.sqrt(3) * (B / 2) * h * 3 + 0.012;
  for (let bz = 0; bz < nz - 1; bz += B)
    for (let by = 0; by < ny - 1; by += B)
      for (let bx = 0; bx < nx - 1; bx += B) {
        const ex = Math.min(bx + B, nx - 1),
          ey = Math.min(by + B, ny - 1),
          ez = Math.min(bz + B, nz - 1);
        const d = field.at(x0 + ((bx + ex) / 2) * h, y0 + ((by + ey) / 2) * h, z0 + ((bz + ez) / 2) * h);
        const far = Math.abs(d) > reach;
        for (let k = bz; k <= ez; k++)
          for (let j = by; j <= ey; j++) {
            let idx = (k * ny + j) * nx + bx;
            for (let i = bx; i <= ex; i++, idx++) {
              if (!Number.isNaN(v[idx]!)) continue;
              v[idx] = far ? d : field.at(x0 + i * h, y0 + j * h, z0 + k * h);
            }
          }
      }
  return { nx, ny, nz, x0, y0, z0, h, v };
}

const CORNERS = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 1],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 1],
];
const EDGES = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
];

function cellVertices(g: Grid): { cellVert: Int32Array; pos: number[] } {
  const { nx, ny, nz, v, h } = g;
  const cellVert = new Int32Array(nx * ny * nz).fill(-1);
  const pos: number[] = [];
  const val = new Float64Array(8);
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const o = CORNERS[c]!;
          const s = v[((k + o[2]!) * ny + j + o[1]!) * nx + i + o[0]!]!;
          val[c] = s;
          if (s < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0,
          sy = 0,
          sz = 0,
          n = 0;
        for (const [a, b] of EDGES) {
          const va = val[a!]!,
            vb = val[b!]!;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const ca = CORNERS[a!]!,
            cb = CORNERS[b!]!;
          sx += ca[0]! + (cb[0]! - ca[0]!) * t;
          sy += ca[1]! + (cb[1]! - ca[1]!) * t;
          sz += ca[2]! + (cb[2]! - ca[2]!) * t;
          n++;
        }
        cellVert[(k * ny + j) * nx + i] = pos.length / 3;
        pos.push(g.x0 + (i + sx / n) * h, g.y0 + (j + sy / n) * h, g.z0 + (k + sz / n) * h);
      }
  return { cellVert, pos };
}

function quads(g: Grid, cellVert: Int32Array, pos: number[]): number[] {
  const { nx, ny, nz, v } = g;
  const tri: number[] = [];
  const cv = (i: number, j: number, k: number): number => cellVert[(k * ny + j) * nx + i]!;
  const emit = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (flip) [b, d] = [d, b];
    // split along the shorter diagonal
    const d1 = dist2(pos, a, c),
      d2 = dist2(pos, b, d);
    if (d1 <= d2) tri.push(a, b, c, a, c, d);
    else tri.push(a, b, d, b, c, d);
  };
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        const idx = (k * ny + j) * nx + i;
        const inside = v[idx]! < 0;
        if (v[idx + 1]! < 0 !== inside && i < nx - 1)
          emit(cv(i, j - 1, k - 1), cv(i, j, k - 1), cv(i, j, k), cv(i, j - 1, k), !inside);
        if (v[idx + nx]! < 0 !== inside)
          emit(cv(i - 1, j, k - 1), cv(i - 1, j, k), cv(i, j, k), cv(i, j, k - 1), !inside);
        if (v[idx + nx * ny]! < 0 !== inside)
          emit(cv(i - 1, j - 1, k), cv(i, j - 1, k), cv(i, j, k), cv(i - 1, j, k), !inside);
      }
  return tri;
}

function dist2(p: number[], a: number, b: number): number {
  const dx = p[a * 3]! - p[b * 3]!,
    dy = p[a * 3 + 1]! - p[b * 3 + 1]!,
    dz = p[a * 3 + 2]! - p[b * 3 + 2]!;
  return dx * dx + dy * dy + dz * dz;
}

/** Move each vertex onto the zero set along the gradient, at most one voxel. */
function snap(field: BodyField, pos: number[], h: number): void {
  for (let i = 0; i < pos.length; i += 3) {
    const p0: [number, number, number] = [pos[i]!, pos[i + 1]!, pos[i + 2]!];
    let p = p0;
    for (let it = 0; it < 3; it++) {
      const d = field.at(p[0], p[1], p[2]);
      if (Math.abs(d) < 1e-6) break;
      const n = field.normal(p);
      p = [p[0] - n[0] * d, p[1] - n[1] * d, p[2] - n[2] * d];
    }
    const m = Math.hypot(p[0] - p0[0], p[1] - p0[1], p[2] - p0[2]);
    if (m > h) continue;
    pos[i] = p[0];
    pos[i + 1] = p[1];
    pos[i + 2] = p[2];
  }
}

/**
 * Surface nets emit four quads on one cell-pair edge when a grid face has a checkerboard sign pattern
 * (an edge shared by four triangles: not a closed 2-manifold). Resolve each such face by its centre:
 * flip the weakest corner of the minority sign so the face is no longer ambiguous.
 */
function disambiguate(field: BodyField, g: Grid): number {
  const { nx, ny, nz, v, h } = g;
  const axes: [number, number][] = [
    [1, nx],
    [1, nx * ny],
    [nx, nx * ny],
  ];
  let fixed = 0;
  for (let pass = 0; pass < 6; pass++) {
    let changed = 0;
    for (let k = 0; k < nz - 1; k++)
      for (let j = 0; j < ny - 1; j++)
        for (let i = 0; i < nx - 1; i++) {
          const base = (k * ny + j) * nx + i;
          for (const [du, dv] of axes) {
            const c = [base, base + du, base + du + dv, base + dv];
            const s0 = v[c[0]!]! < 0,
              s1 = v[c[1]!]! < 0,
              s2 = v[c[2]!]! < 0,
              s3 = v[c[3]!]! < 0;
            if (!(s0 === s2 && s1 === s3 && s0 !== s1)) continue;
            const centre = faceCentre(g, c);
            const mid = field.at(centre[0] * h + g.x0, centre[1] * h + g.y0, centre[2] * h + g.z0) < 0;
            // the corners whose sign differs from the centre get connected through: flip the weaker one
            const cand = c.filter((q) => v[q]! < 0 !== mid);
            const q = Math.abs(v[cand[0]!]!) <= Math.abs(v[cand[1]!]!) ? cand[0]! : cand[1]!;
            v[q] = mid ? -1e-7 : 1e-7;
            changed++;
          }
        }
    fixed += changed;
    if (changed === 0) break;
  }
  return fixed;
}

function faceCentre(g: Grid, c: number[]): [number, number, number] {
  let x = 0,
    y = 0,
    z = 0;
  for (const q of c) {
    const i = q % g.nx,
      r = (q - i) / g.nx,
      j = r % g.ny,
      k = (r - j) / g.ny;
    x += i / 4;
    y += j / 4;
    z += k / 4;
  }
  return [x, y, z];
}

export function meshField(field: BodyField, h: number): RawMesh {
  const g = sampleGrid(field, h);
  disambiguate(field, g);
  const { cellVert, pos } = cellVertices(g);
  const tri = quads(g, cellVert, pos);
  snap(field, pos, h);
  return { positions: new Float32Array(pos), indices: new Uint32Array(tri) };
}
