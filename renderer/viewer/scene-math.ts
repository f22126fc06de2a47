// Pure geometry for the 3D viewer (no three.js, no DOM): marker instances from the placements JSON,
// channel pathways in point order, preset and focus camera poses, NDC → pixel projection.
export type Vec3 = readonly [number, number, number];
export type PlacedSide = 'left' | 'right' | 'midline';
export type PresetView = 'front' | 'back' | 'left' | 'right';

export interface RawPlacement {
  code: string;
  side: string;
  status: string;
  position?: number[];
  normal?: number[];
}

export interface MarkerInstance {
  code: string;
  side: PlacedSide;
  approximate: boolean;
  position: Vec3;
  normal: Vec3;
}

export interface CameraPose {
  position: Vec3;
  target: Vec3;
}

const SIDES: readonly string[] = ['left', 'right', 'midline'];

const vec3 = (v: number[] | undefined): Vec3 | undefined =>
  v && v.length === 3 && v.every(Number.isFinite) ? [v[0] as number, v[1] as number, v[2] as number] : undefined;

/** Every placed point (status exact or approximate, with a position and a normal), in file order. */
export function markerInstances(points: readonly RawPlacement[]): MarkerInstance[] {
  const out: MarkerInstance[] = [];
  for (const p of points) {
    const position = vec3(p.position);
    const normal = vec3(p.normal);
    if (!position || !normal || !SIDES.includes(p.side) || p.status === 'unplaced') continue;
    out.push({ code: p.code, side: p.side as PlacedSide, approximate: p.status === 'approximate', position, normal });
  }
  return out;
}

/** "GB30" → { channel: "GB", number: 30 }; extra points ("EX-B2") and malformed codes → undefined. */
export function parseChannelCode(code: string): { channel: string; number: number } | undefined {
  const m = /^([A-Z]{2})(\d{1,2})$/.exec(code);
  return m ? { channel: m[1] as string, number: Number(m[2]) } : undefined;
}

export interface ChannelPath {
  /** "GB:left", "GV:midline" */
  key: string;
  channel: string;
  side: PlacedSide;
  /** marker positions lifted off the skin along their normals, in point-number order */
  positions: Vec3[];
  /** the markers' outward skin normals, same order */
  normals: Vec3[];
}

export const lift = (p: Vec3, n: Vec3, by: number): Vec3 => [p[0] + n[0] * by, p[1] + n[1] * by, p[2] + n[2] * by];

/** One path per channel and side, following the channel's point numbering (LU1 → LU11). */
export function channelPaths(markers: readonly MarkerInstance[], liftBy: number): ChannelPath[] {
  const groups = new Map<string, { channel: string; side: PlacedSide; items: { n: number; m: MarkerInstance }[] }>();
  for (const m of markers) {
    const parsed = parseChannelCode(m.code);
    if (!parsed) continue;
    const key = `${parsed.channel}:${m.side}`;
    const g = groups.get(key) ?? { channel: parsed.channel, side: m.side, items: [] };
    g.items.push({ n: parsed.number, m });
    groups.set(key, g);
  }
  const paths: ChannelPath[] = [];
  for (const [key, g] of groups) {
    if (g.items.length < 2) continue;
    g.items.sort((a, b) => a.n - b.n);
    paths.push({
      key,
      channel: g.channel,
      side: g.side,
      positions: g.items.map(({ m }) => lift(m.position, m.normal, liftBy)),
      normals: g.items.map(({ m }) => m.normal),
    });
  }
  return paths.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Splits every leg of a path into steps no longer than `maxStep`, interpolating positions linearly and
 * normals normalised, so the line can then be laid onto the skin point by point.
 */
export function subdividePath(
  positions: readonly Vec3[],
  normals: readonly Vec3[],
  maxStep: number,
): { positions: Vec3[]; normals: Vec3[] } {
  const out = { positions: [] as Vec3[], normals: [] as Vec3[] };
  for (let i = 0; i < positions.length; i++) {
    const a = positions[i] as Vec3;
    const na = normals[i] ?? [0, 1, 0];
    const b = positions[i + 1];
    const nb = normals[i + 1] ?? na;
    const steps = b ? Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / maxStep)) : 1;
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      const mix = (u: Vec3, v: Vec3): Vec3 => [
        u[0] + (v[0] - u[0]) * t,
        u[1] + (v[1] - u[1]) * t,
        u[2] + (v[2] - u[2]) * t,
      ];
      out.positions.push(b ? mix(a, b) : a);
      const n = mix(na, nb);
      const len = Math.hypot(...n) || 1;
      out.normals.push([n[0] / len, n[1] / len, n[2] / len]);
    }
  }
  return out;
}

/** Line-segment pairs (a,b, b,c, …) for a polyline, flattened for a LineSegments position buffer. */
export function polylineSegments(positions: readonly Vec3[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < positions.length; i++) out.push(...(positions[i - 1] as Vec3), ...(positions[i] as Vec3));
  return out;
}

/** Whole-body framing: the body stands on y = 0 and is `height` tall. */
export function presetPose(view: PresetView, height: number, distance: number): CameraPose {
  const target: Vec3 = [0, height * 0.52, 0];
  // The body's left is +X, so the "left" view looks at the body's left side from +X.
  const dir: Record<PresetView, Vec3> = { front: [0, 0, 1], back: [0, 0, -1], left: [1, 0, 0], right: [-1, 0, 0] };
  const d = dir[view];
  return { target, position: [target[0] + d[0] * distance, target[1] + d[1] * distance, target[2] + d[2] * distance] };
}

/** Camera looking at a point along its surface normal (slightly from above so the surroundings read). */
export function focusPose(position: Vec3, normal: Vec3, distance: number): CameraPose {
  const dir: Vec3 = [normal[0], normal[1] + 0.25, normal[2]];
  const len = Math.hypot(...dir) || 1;
  return {
    target: position,
    position: [
      position[0] + (dir[0] / len) * distance,
      position[1] + (dir[1] / len) * distance,
      position[2] + (dir[2] / len) * distance,
    ],
  };
}

/** Normalised device coordinates (−1…1, +y up) → CSS pixels inside an element (+y down). */
export function ndcToPixels(ndcX: number, ndcY: number, width: number, height: number): [number, number] {
  return [((ndcX + 1) / 2) * width, ((1 - ndcY) / 2) * height];
}

/** Whether a surface point faces a camera at `eye` (its outward normal points towards the eye). */
export function facesCamera(position: Vec3, normal: Vec3, eye: Vec3): boolean {
  const toEye: Vec3 = [eye[0] - position[0], eye[1] - position[1], eye[2] - position[2]];
  return toEye[0] * normal[0] + toEye[1] * normal[1] + toEye[2] * normal[2] > 0;
}

/** Of a point's placed instances, the one best facing the camera (for focus and the label). */
export function bestFacing(instances: readonly MarkerInstance[], eye: Vec3): MarkerInstance | undefined {
  let best: MarkerInstance | undefined;
  let bestScore = -Infinity;
  for (const m of instances) {
    const to: Vec3 = [eye[0] - m.position[0], eye[1] - m.position[1], eye[2] - m.position[2]];
    const len = Math.hypot(...to) || 1;
    const score = (to[0] * m.normal[0] + to[1] * m.normal[1] + to[2] * m.normal[2]) / len;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** Exponential approach factor for frame-rate independent camera easing (1 − e^(−rate·dt)). */
export const easeFactor = (rate: number, dt: number): number => 1 - Math.exp(-rate * Math.max(0, dt));
