import { useMemo } from 'react';
import { checkPlan, findingsForPoint, type SafetyReport } from '../../points/safety/check-plan';
import type { Finding } from '../../points/safety/finding';
import { planKb } from './plan-kb';
import { toSafetyInput } from '../../electron/contract/plan-safety-input';
import { usePlanStore } from './plan-store';
import { pointSeverity } from './stop-findings';

/** The live safety check of the current plan, recomputed on every edit (it is pure and fast). */
export function useSafetyReport(): SafetyReport {
  const plan = usePlanStore((s) => s.plan);
  return useMemo(() => checkPlan(planKb(), toSafetyInput(plan)), [plan]);
}

/** The findings this point has — or would have once added — for the open plan's patient. */
export function usePointFindings(code: string): Finding[] {
  const plan = usePlanStore((s) => s.plan);
  return useMemo(() => findingsForPoint(planKb(), toSafetyInput(plan), code), [plan, code]);
}

/** For a set of points (a condition's, a pairing's): each one's worst finding for the open plan's patient,
 *  as it would be once added — what the condition and pairing views mark before anything is added. */
export function usePointSeverities(codes: readonly string[]): ReadonlyMap<string, ReturnType<typeof pointSeverity>> {
  const plan = usePlanStore((s) => s.plan);
  return useMemo(() => {
    const input = toSafetyInput(plan);
    return new Map(codes.map((c) => [c, pointSeverity(findingsForPoint(planKb(), input, c))]));
  }, [plan, codes]);
}
