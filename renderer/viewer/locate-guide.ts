// Pure "how to locate" geometry (no three.js): from a point's location rule, the reference positions
// to mark (landmarks and referenced points) and the measuring line the rule works along. Rules are
// written for the body's left side, so the guide is drawn there.
import { refsOf, type LocationRule } from '../../points/schema/location-rule';
import type { Vec3 } from './scene-math';

export interface LocateGuide {
  /** positions of the landmarks / points the rule names, each once */
  marks: Vec3[];
  /** the measuring line: A→B of an "along" or "mid", the start → the point for a "from … move" */
  line: [Vec3, Vec3] | null;
}

/**
 * `resolve` maps a Ref (landmark id or point code) to a position; `point` is the point's own placed
 * position (left side or midline), used as the end of a "from … move" line.
 */
export function locateGuide(rule: LocationRule, resolve: (ref: string) => Vec3 | undefined, point: Vec3 | undefined): LocateGuide {
  const marks: Vec3[] = [];
  for (const ref of new Set(refsOf(rule.expr))) {
    const p = resolve(ref);
    if (p) marks.push(p);
  }
  const expr = rule.expr;
  const at = (e: unknown): Vec3 | undefined => (typeof e === 'string' ? resolve(e) : undefined);
  let ends: [Vec3 | undefined, Vec3 | undefined] = [undefined, undefined];
  if (typeof expr !== 'string') {
    if ('along' in expr) ends = [at(expr.along[0]), at(expr.along[1])];
    else if ('mid' in expr) ends = [at(expr.mid[0]), at(expr.mid[1])];
    else ends = [at(expr.from), point];
  }
  const [a, b] = ends;
  return { marks, line: a && b ? [a, b] : null };
}
