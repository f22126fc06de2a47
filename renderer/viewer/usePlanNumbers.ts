// The plan as the body shows it: which marker instances are plan points on their chosen side, and the
// numbers they carry. Re-renders only when a plan point's code, side or order changes — not for
// technique, note or patient edits.
import { useMemo } from 'react';
import { usePlanStore, type PlanState } from '../plan/plan-store';
import { useSelection } from '../state/selection';
import { numbersByMarker, planMarkerHits, samePlanSides, type PlanPointRef } from './plan-markers';
import type { MarkerInstance } from './scene-math';

export interface PlanNumbering {
  /** marker index → the plan numbers it carries; only markers drawn as plan points are keys */
  byMarker: ReadonlyMap<number, readonly number[]>;
  /** the plan's codes (the filter's "plan points only" keeps a point by code) */
  codes: ReadonlySet<string>;
}

let lastSides: readonly PlanPointRef[] = [];

/** The plan's codes and sides in order; the previous array while they are unchanged (a stable selector value). */
export function selectPlanSides(state: Pick<PlanState, 'plan'>): readonly PlanPointRef[] {
  const points = state.plan.points;
  if (!samePlanSides(points, lastSides)) lastSides = points.map(({ code, side }) => ({ code, side }));
  return lastSides;
}

export function usePlanNumbers(markers: readonly MarkerInstance[]): PlanNumbering {
  const sides = usePlanStore(selectPlanSides);
  return useMemo(
    () => ({
      byMarker: numbersByMarker(planMarkerHits(sides, markers).hits),
      codes: new Set(sides.map((p) => p.code)),
    }),
    [sides, markers],
  );
}

/**
 * The pairing being looked at (a pairing view, no point selected), numbered in its listed order on both
 * sides — shown on the body instead of the plan's numbers while the view is open. Undefined otherwise.
 */
export function useGroupNumbers(markers: readonly MarkerInstance[]): PlanNumbering | undefined {
  const points = useSelection((s) =>
    s.pointCode === null && s.context?.type === 'pairing' ? s.context.points : undefined,
  );
  return useMemo(() => {
    if (!points) return undefined;
    const refs: PlanPointRef[] = points.map((code) => ({ code, side: 'bilateral' }));
    return { byMarker: numbersByMarker(planMarkerHits(refs, markers).hits), codes: new Set(points) };
  }, [points, markers]);
}
