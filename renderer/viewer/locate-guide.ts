// Pure "how to locate" geometry (no three.js): from a point's location rule, for one side of the body,
// the references to mark, the measuring path the rule works along, a tick at every whole B-cun on it
// (or at the equal parts of a fraction rule: GB30's thirds) and where the point falls. Mirrors the
// locator (models/locator/locator.ts) so the guide ends where the marker is: same landmark copies per
// side, same cun lengths, same directions; positions are before projection onto the skin.
import { cunScale } from '../../points/anatomy/cun-scales';
import {
  isPointCode,
  refsOf,
  type Direction,
  type LocExpr,
  type LocationRule,
} from '../../points/schema/location-rule';
import type { PlacedSide, Vec3 } from './scene-math';

export interface GuideEnv {
  /** placed landmarks by id; the right-side copy of a bilateral one is `${id}@right` */
  landmarks: ReadonlyMap<string, Vec3>;
  /** a placed point's position on `side` (undefined if it has no instance there) */
  pointAt: (code: string, side: PlacedSide) => Vec3 | undefined;
}

export interface GuideTick {
  position: Vec3;
  /** unit direction of the measuring path there (the tick is drawn across it) */
  along: Vec3;
  /** which whole B-cun (from the start of its leg) or which equal part (fraction rules) */
  count: number;
  /** between the start of the measurement and the point: the ticks a clinician counts */
  toPoint: boolean;
}

export interface LocateGuide {
  side: PlacedSide;
  /** positions of the landmarks / points the rule names, each once */
  marks: Vec3[];
  /** the measuring path: A → B of an "along" or "mid"; start → the end of each move of a "from … move" */
  path: Vec3[];
  ticks: GuideTick[];
  /** what a tick stands for: one B-cun, or one equal part of the line (no cun count given) */
  unit: 'cun' | 'part' | null;
  /** where the rule puts the point on the path; null when the rule is a single reference or cannot be evaluated */
  point: Vec3 | null;
  /** unit direction the skin faces there on this side (the rule's `face`), for projection */
  face: Vec3 | null;
}

class Unresolved extends Error {}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const madd = (a: Vec3, d: Vec3, k: number): Vec3 => [a[0] + d[0] * k, a[1] + d[1] * k, a[2] + d[2] * k];
const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => madd(a, sub(b, a), t);
const length = (v: Vec3): number => Math.hypot(v[0], v[1], v[2]);
const unit = (v: Vec3): Vec3 => {
  const l = length(v) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
};
const EPS = 1e-6;

/** The smallest number of equal parts (2–10) a fraction falls on: 1/3 → 3, 0.3 → 10; none for 0.27. */
export function fractionParts(f: number): number | undefined {
  for (let d = 2; d <= 10; d++) if (Math.abs(f * d - Math.round(f * d)) < 0.01) return d;
  return undefined;
}

/** Evaluates references, directions and cun lengths on one side, as the locator does. */
function sideResolver(env: GuideEnv, side: PlacedSide) {
  const ref = (r: string): Vec3 => {
    let p: Vec3 | undefined;
    if (isPointCode(r)) {
      // A bilateral point referenced from a midline rule is taken on the left, like the locator.
      p = env.pointAt(r, side === 'midline' ? 'left' : side) ?? env.pointAt(r, 'midline');
    } else {
      const opposite = r.endsWith('@right');
      const id = opposite ? r.slice(0, -'@right'.length) : r;
      const bilateral = env.landmarks.has(`${id}@right`);
      const wantRight = bilateral && (side === 'right' ? !opposite : opposite);
      p = env.landmarks.get(wantRight ? `${id}@right` : id);
    }
    if (!p) throw new Unresolved(r);
    return p;
  };
  const scaleOf = (id: string | undefined) => {
    const sc = id ? cunScale(id) : undefined;
    if (!sc) throw new Unresolved(`scale ${id}`);
    return sc;
  };
  const cunLength = (id: string | undefined): number => {
    const sc = scaleOf(id);
    return length(sub(ref(sc.to), ref(sc.from))) / sc.cun;
  };
  const direction = (d: Direction, scaleId: string | undefined): Vec3 => {
    const lat = side === 'right' ? -1 : 1;
    const fixed: Partial<Record<Direction, Vec3>> = {
      superior: [0, 1, 0],
      inferior: [0, -1, 0],
      anterior: [0, 0, 1],
      posterior: [0, 0, -1],
      lateral: [lat, 0, 0],
      medial: [-lat, 0, 0],
    };
    const f = fixed[d];
    if (f) return f;
    // proximal/distal follow the scale's own axis: from → to is distal.
    const sc = scaleOf(scaleId);
    if (sc.axis !== 'longitudinal') throw new Unresolved(`${d} on a transverse scale`);
    const axis = unit(sub(ref(sc.to), ref(sc.from)));
    return d === 'distal' ? axis : [-axis[0], -axis[1], -axis[2]];
  };
  const value = (e: LocExpr, scale: string | undefined): Vec3 => {
    if (typeof e === 'string') return ref(e);
    if ('mid' in e) return lerp(value(e.mid[0], scale), value(e.mid[1], scale), 0.5);
    if ('along' in e)
      return lerp(value(e.along[0], scale), value(e.along[1], scale), 'fraction' in e ? e.fraction : e.cun / e.of);
    return e.move.reduce(
      (p, m) => madd(p, direction(m.dir, m.scale ?? scale), m.cun * cunLength(m.scale ?? scale)),
      value(e.from, scale),
    );
  };
  return { ref, value, cunLength, direction };
}

type Measure = Pick<LocateGuide, 'path' | 'ticks' | 'unit' | 'point'>;

/** A straight line A→B cut into `parts` equal parts, the point at `t` of the way. */
function partsLine(a: Vec3, b: Vec3, parts: number | undefined, t: number, unitName: 'cun' | 'part'): Measure {
  const along = unit(sub(b, a));
  const ticks: GuideTick[] = [];
  // Whole parts strictly inside the line: its ends are the marked landmarks.
  for (let k = 1; parts !== undefined && k < parts - EPS; k++) {
    ticks.push({ position: lerp(a, b, k / parts), along, count: k, toPoint: k / parts <= t + EPS });
  }
  return { path: [a, b], ticks, unit: unitName, point: lerp(a, b, t) };
}

function measure(rule: LocationRule, r: ReturnType<typeof sideResolver>): Measure {
  const e = rule.expr;
  if (typeof e === 'string') return { path: [], ticks: [], unit: null, point: null };
  if ('mid' in e) return partsLine(r.value(e.mid[0], rule.scale), r.value(e.mid[1], rule.scale), 2, 0.5, 'part');
  if ('along' in e) {
    const a = r.value(e.along[0], rule.scale);
    const b = r.value(e.along[1], rule.scale);
    // "cun of": the line counts `of` B-cun, one tick per B-cun; a bare fraction has no cun count, so its equal parts.
    return 'fraction' in e
      ? partsLine(a, b, fractionParts(e.fraction), e.fraction, 'part')
      : partsLine(a, b, e.of, e.cun / e.of, 'cun');
  }
  let at = r.value(e.from, rule.scale);
  const path: Vec3[] = [at];
  const ticks: GuideTick[] = [];
  for (const m of e.move) {
    const scale = m.scale ?? rule.scale;
    const dir = r.direction(m.dir, scale);
    const cun = r.cunLength(scale);
    // Each move is measured from where the last one ended, so its count starts again at 1.
    for (let k = 1; k <= m.cun + EPS; k++)
      ticks.push({ position: madd(at, dir, k * cun), along: dir, count: k, toPoint: true });
    at = madd(at, dir, m.cun * cun);
    path.push(at);
  }
  return { path, ticks, unit: 'cun', point: at };
}

function faceOf(rule: LocationRule, r: ReturnType<typeof sideResolver>): Vec3 | null {
  try {
    return rule.face ? r.direction(rule.face, rule.scale) : null;
  } catch {
    return null; // a "proximal"/"distal" face without a usable scale: project to the closest skin instead
  }
}

/** The guide for one side ('left'/'right' for bilateral points, 'midline' for midline ones). */
export function locateGuide(rule: LocationRule, env: GuideEnv, side: PlacedSide): LocateGuide {
  const r = sideResolver(env, side);
  const marks: Vec3[] = [];
  for (const ref of new Set(refsOf(rule.expr))) {
    try {
      marks.push(r.ref(ref));
    } catch {
      /* not placed on this body: nothing to mark */
    }
  }
  const face = faceOf(rule, r);
  try {
    return { side, marks, face, ...measure(rule, r) };
  } catch (err) {
    if (!(err instanceof Unresolved)) throw err;
    return { side, marks, face, path: [], ticks: [], unit: null, point: null };
  }
}
