// three.js geometry for the "how to locate" guide, laid on the skin: the marked references and the
// measuring path as ONE merged mesh (spheres + thin tubes), every tick and the point's mark as ONE
// LineSegments with vertex colours — two draw calls for both sides together.
import {
  BufferGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { LocateGuide } from './locate-guide';
import { MARKER_COLORS } from './marker-style';
import { lift, type Vec3 } from './scene-math';
import type { SkinHit } from './skin-path';

/** Projects a body-frame position onto the skin, looking along `face` when the rule names one. */
export type ToSkin = (p: Vec3, face: Vec3 | null) => SkinHit | null;

const MARK_RADIUS_M = 0.008;
const LINE_RADIUS_M = 0.0015;
/** Off the skin like the channel lines, so the body's depth test does not swallow the guide. */
const LIFT_M = 0.003;
/** The measuring path is re-projected every centimetre so it follows the skin's curve. */
const STEP_M = 0.01;
/** Ticks counted on the way to the point are longer than the ones beyond it (half lengths). */
const TICK_HALF_M = 0.012;
const TICK_BEYOND_HALF_M = 0.007;
/** The point's mark: a cross reaching past the enlarged selected marker (radius 13 mm). */
const POINT_HALF_M = 0.022;
/** Lines are one pixel wide in WebGL; parallel copies this far apart read as one stroke ~2.5 mm wide. */
const STROKE_OFFSETS_M = [-0.0012, -0.0006, 0, 0.0006, 0.0012];

export const TICK_COLOR = '#1d2b36';
const tickColor = new Color(TICK_COLOR);
const pointColor = new Color(MARKER_COLORS.selected);
const up = new Vector3(0, 1, 0);

const v = (p: Vec3): Vector3 => new Vector3(...p);

/** The path re-sampled every STEP_M and each sample laid on the skin, lifted. */
function skinPath(path: readonly Vec3[], face: Vec3 | null, toSkin: ToSkin): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = v(path[i - 1] as Vec3);
    const b = v(path[i] as Vec3);
    const steps = Math.max(1, Math.ceil(a.distanceTo(b) / STEP_M));
    for (let k = i === 1 ? 0 : 1; k <= steps; k++) {
      const p = a.clone().lerp(b, k / steps);
      const hit = toSkin([p.x, p.y, p.z], face);
      if (hit) out.push(lift(hit.position, hit.normal, LIFT_M));
    }
  }
  return out;
}

function tube(a: Vec3, b: Vec3): BufferGeometry | null {
  const va = v(a);
  const dir = v(b).sub(va);
  if (dir.length() < 1e-5) return null;
  const bar = new CylinderGeometry(LINE_RADIUS_M, LINE_RADIUS_M, dir.length(), 6, 1, true);
  bar.applyQuaternion(new Quaternion().setFromUnitVectors(up, dir.clone().normalize()));
  return bar.translate(...va.add(v(b)).multiplyScalar(0.5).toArray());
}

/** Spheres at the marked references and tubes along the skin-laid measuring paths, merged. */
export function guideMeshGeometry(guides: readonly LocateGuide[], toSkin: ToSkin): BufferGeometry | null {
  const parts: BufferGeometry[] = [];
  for (const g of guides) {
    for (const m of g.marks) parts.push(new SphereGeometry(MARK_RADIUS_M, 12, 8).translate(...m));
    const line = skinPath(g.path, g.face, toSkin);
    for (let i = 1; i < line.length; i++) {
      const t = tube(line[i - 1] as Vec3, line[i] as Vec3);
      if (t) parts.push(t);
    }
  }
  // mergeGeometries needs the same attributes everywhere: the open tubes and spheres both carry position, normal, uv.
  const merged = parts.length ? mergeGeometries(parts) : null;
  parts.forEach((p) => p.dispose());
  return merged;
}

/** One stroke across the path at a skin hit: `across` the path for a tick, both ways for the point's cross. */
function pushStroke(
  out: { pos: number[]; col: number[] },
  hit: SkinHit,
  along: Vec3,
  half: number,
  color: Color,
  cross: boolean,
): void {
  const n = v(hit.normal).normalize();
  const a = v(along).addScaledVector(n, -v(along).dot(n));
  if (a.lengthSq() < 1e-10) return;
  a.normalize();
  const across = n.clone().cross(a).normalize();
  const centre = v(lift(hit.position, hit.normal, LIFT_M));
  const strokes: [Vector3, Vector3][] = cross
    ? [
        [across, a],
        [a, across],
      ]
    : [[across, a]];
  for (const [dir, offsetDir] of strokes) {
    for (const o of STROKE_OFFSETS_M) {
      const c = centre.clone().addScaledVector(offsetDir, o);
      out.pos.push(
        ...c.clone().addScaledVector(dir, -half).toArray(),
        ...c.clone().addScaledVector(dir, half).toArray(),
      );
      out.col.push(color.r, color.g, color.b, color.r, color.g, color.b);
    }
  }
}

/** Every whole-B-cun (or equal-part) tick and the point's cross, for all guides, as line-segment pairs. */
export function tickGeometry(guides: readonly LocateGuide[], toSkin: ToSkin): BufferGeometry | null {
  const out = { pos: [] as number[], col: [] as number[] };
  for (const g of guides) {
    for (const t of g.ticks) {
      const hit = toSkin(t.position, g.face);
      if (hit) pushStroke(out, hit, t.along, t.toPoint ? TICK_HALF_M : TICK_BEYOND_HALF_M, tickColor, false);
    }
    const last = g.path.at(-1);
    const prev = g.path.at(-2);
    const hit = g.point ? toSkin(g.point, g.face) : null;
    if (hit && last && prev) {
      const along: Vec3 = [last[0] - prev[0], last[1] - prev[1], last[2] - prev[2]];
      pushStroke(out, hit, along, POINT_HALF_M, pointColor, true);
    }
  }
  if (!out.pos.length) return null;
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(out.pos, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(out.col, 3));
  return geometry;
}
