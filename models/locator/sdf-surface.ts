// BodySurface over a signed distance field (the generated body): exact projection onto the zero set.
import { type BodyField } from '../body/field';
import { bisect } from '../body/raycast';
import { type Vec3, madd, norm } from '../body/vec';
import { type BodySurface, type SkinPoint } from './surface';

const SEARCH = 0.15;
const STEP = 0.0005;

export function sdfSurface(field: BodyField, landmarks: ReadonlyMap<string, Vec3>): BodySurface {
  const f = field.at;
  const closest = (p: Vec3): SkinPoint | null => {
    let q = p;
    for (let i = 0; i < 12; i++) {
      const d = f(q[0], q[1], q[2]);
      if (Math.abs(d) < 1e-7) break;
      q = madd(q, field.normal(q), -d);
    }
    return Math.abs(f(q[0], q[1], q[2])) < 1e-4 ? { position: q, normal: field.normal(q) } : null;
  };
  const alongFace = (p: Vec3, face: Vec3): SkinPoint | null => {
    // Exits (inside → outside when moving along `face`) on the line through p; keep the nearest one.
    const d = norm(face);
    let best: Vec3 | null = null,
      bestT = Infinity;
    let prev = f(...madd(p, d, -SEARCH));
    for (let t = -SEARCH + STEP; t <= SEARCH; t += STEP) {
      const q = madd(p, d, t);
      const v = f(q[0], q[1], q[2]);
      if (prev < 0 && v >= 0 && Math.abs(t) < Math.abs(bestT)) {
        best = bisect(f, p, d, t - STEP, t);
        bestT = t;
      }
      prev = v;
    }
    return best ? { position: best, normal: field.normal(best) } : null;
  };
  return {
    landmarks,
    project: (p, face) => (face ? (alongFace(p, face) ?? closest(p)) : closest(p)),
  };
}
