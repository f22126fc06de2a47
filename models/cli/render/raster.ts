// A small software rasteriser: orthographic view of a triangle mesh with z-buffer and two-light
// Lambert shading, plus depth-tested marker dots. Enough to look at the body without a browser.
import { type Vec3, cross, dot, norm, sub } from '../../body/vec';

export interface View {
  /** camera looks along -back (back points from the target towards the camera) */
  back: Vec3;
  up: Vec3;
  centre: Vec3;
  /** world metres shown across the image height */
  span: number;
  width: number;
  height: number;
}

export interface Marker {
  p: Vec3;
  colour: [number, number, number];
  radiusPx?: number;
}

export function render(pos: Float32Array, idx: Uint32Array, view: View, markers: Marker[]): Uint8Array {
  const { width: W, height: H } = view;
  const fwd = norm(view.back);
  const right = norm(cross(view.up, fwd));
  const up = cross(fwd, right);
  const px = H / view.span;
  const proj = (p: Vec3): Vec3 => {
    const d = sub(p, view.centre);
    return [W / 2 + dot(d, right) * px, H / 2 - dot(d, up) * px, dot(d, fwd)];
  };
  const rgb = new Uint8Array(W * H * 3).fill(235);
  const zb = new Float32Array(W * H).fill(-Infinity);
  const nv = pos.length / 3;
  const sp = new Float32Array(nv * 3);
  for (let i = 0; i < nv; i++) {
    const q = proj([pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!]);
    sp[i * 3] = q[0];
    sp[i * 3 + 1] = q[1];
    sp[i * 3 + 2] = q[2];
  }
  const L1 = norm([0.4, 0.6, 1]),
    L2 = norm([-0.6, 0.2, 0.3]);
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]!,
      b = idx[t + 1]!,
      c = idx[t + 2]!;
    const pa: Vec3 = [pos[a * 3]!, pos[a * 3 + 1]!, pos[a * 3 + 2]!];
    const n = norm(
      cross(
        sub([pos[b * 3]!, pos[b * 3 + 1]!, pos[b * 3 + 2]!], pa),
        sub([pos[c * 3]!, pos[c * 3 + 1]!, pos[c * 3 + 2]!], pa),
      ),
    );
    const nc: Vec3 = [dot(n, right), dot(n, up), dot(n, fwd)];
    const shade = 0.25 + 0.6 * Math.max(0, dot(nc, L1)) + 0.25 * Math.max(0, dot(nc, L2));
    const col: Vec3 =
      nc[2] < 0 ? [200, 60, 60] : [Math.min(255, 228 * shade), Math.min(255, 196 * shade), Math.min(255, 170 * shade)];
    tri(sp, a, b, c, W, H, zb, rgb, col);
  }
  for (const m of markers) dotAt(proj(m.p), m, W, H, zb, rgb, px);
  return rgb;
}

function tri(
  sp: Float32Array,
  a: number,
  b: number,
  c: number,
  W: number,
  H: number,
  zb: Float32Array,
  rgb: Uint8Array,
  col: Vec3,
): void {
  const ax = sp[a * 3]!,
    ay = sp[a * 3 + 1]!,
    az = sp[a * 3 + 2]!;
  const bx = sp[b * 3]!,
    by = sp[b * 3 + 1]!,
    bz = sp[b * 3 + 2]!;
  const cx = sp[c * 3]!,
    cy = sp[c * 3 + 1]!,
    cz = sp[c * 3 + 2]!;
  const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  if (area === 0) return;
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx, cx))),
    x1 = Math.min(W - 1, Math.ceil(Math.max(ax, bx, cx)));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by, cy))),
    y1 = Math.min(H - 1, Math.ceil(Math.max(ay, by, cy)));
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5,
        py = y + 0.5;
      const w0 = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area;
      const w1 = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area;
      const w2 = 1 - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const z = w0 * az + w1 * bz + w2 * cz;
      const i = y * W + x;
      if (z <= zb[i]!) continue;
      zb[i] = z;
      rgb[i * 3] = col[0];
      rgb[i * 3 + 1] = col[1];
      rgb[i * 3 + 2] = col[2];
    }
}

function dotAt(q: Vec3, m: Marker, W: number, H: number, zb: Float32Array, rgb: Uint8Array, px: number): void {
  const r = m.radiusPx ?? 4;
  const cx = Math.round(q[0]),
    cy = Math.round(q[1]);
  const zi = cy * W + cx;
  // hidden when clearly behind the surface at its own pixel
  if (cx < 0 || cy < 0 || cx >= W || cy >= H || zb[zi]! - q[2] > 0.004 * Math.max(1, px / 400)) return;
  for (let y = cy - r; y <= cy + r; y++)
    for (let x = cx - r; x <= cx + r; x++) {
      if (x < 0 || y < 0 || x >= W || y >= H) continue;
      const d2 = (x - cx) ** 2 + (y - cy) ** 2;
      if (d2 > r * r) continue;
      const edge = d2 > (r - 1.2) ** 2;
      const i = (y * W + x) * 3;
      rgb[i] = edge ? 0 : m.colour[0];
      rgb[i + 1] = edge ? 0 : m.colour[1];
      rgb[i + 2] = edge ? 0 : m.colour[2];
    }
}
