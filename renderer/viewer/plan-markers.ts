// The one rule for drawing a plan on the body, shared by the 3D viewer and the printed body diagrams:
// which placed markers show a plan point (its chosen side) and the number each carries (its place in
// the plan, as in the PDF's points table). Pure: no three.js, no DOM, no store.
import type { Plan } from '../../electron/contract/plan';
import type { MarkerInstance, PlacedSide } from './scene-math';

/** bilateral, left or right, as the plan schema defines it */
export type PlanSide = Plan['points'][number]['side'];

export interface PlanPointRef {
  code: string;
  side: PlanSide;
}

/** A plan point's number everywhere it is shown (points table, body diagrams, 3D body): 1-based plan order. */
export const planPointNumber = (index: number): number => index + 1;

/**
 * Whether a placed marker of the point's code draws a plan point set to `planned`. Both words name the
 * patient's own side: the plan says which side the clinician needles, and the model places "left" on
 * the body's left (+X, models/README.md; its left hand is at +X), which a viewer facing the body sees
 * on their right. So the mapping is one to one, never mirrored for the camera. Midline markers (one
 * per point) draw whatever side the row says.
 */
export function drawsPlannedSide(planned: PlanSide, placed: PlacedSide): boolean {
  return placed === 'midline' || planned === 'bilateral' || placed === planned;
}

export interface PlanHit {
  number: number;
  code: string;
  /** index into the placed markers */
  index: number;
}

/** Every (plan point, marker) pair to draw, in plan order; codes of plan points with no such marker. */
export function planMarkerHits(
  points: readonly PlanPointRef[],
  placed: readonly MarkerInstance[],
): { hits: PlanHit[]; unplaced: string[] } {
  const byCode = new Map<string, number[]>();
  placed.forEach((m, i) => {
    const list = byCode.get(m.code);
    if (list) list.push(i);
    else byCode.set(m.code, [i]);
  });
  const hits: PlanHit[] = [];
  const unplaced: string[] = [];
  points.forEach((p, i) => {
    const indices = (byCode.get(p.code) ?? []).filter((k) =>
      drawsPlannedSide(p.side, (placed[k] as MarkerInstance).side),
    );
    if (indices.length === 0) unplaced.push(p.code);
    for (const index of indices) hits.push({ number: planPointNumber(i), code: p.code, index });
  });
  return { hits, unplaced };
}

/** Marker index → its numbers, ascending; a marker in several rows (a duplicated point) carries each. */
export function numbersByMarker(hits: readonly PlanHit[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const h of hits) {
    const list = out.get(h.index);
    if (list) list.push(h.number);
    else out.set(h.index, [h.number]);
  }
  return out;
}

/** The distinct numbers drawn on the body, ascending (a plan point with no placed marker has none). */
export function drawnNumbers(byMarker: ReadonlyMap<number, readonly number[]>): number[] {
  return [...new Set([...byMarker.values()].flat())].sort((a, b) => a - b);
}

/** Same codes and sides in the same order: lets a store selector keep its last array across other edits. */
export function samePlanSides(a: readonly PlanPointRef[], b: readonly PlanPointRef[]): boolean {
  return a.length === b.length && a.every((p, i) => p.code === b[i]?.code && p.side === b[i]?.side);
}
