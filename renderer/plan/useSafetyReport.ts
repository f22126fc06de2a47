import { useMemo } from 'react';
import { checkPlan, findingsForPoint, type SafetyReport } from '../../points/safety/check-plan';
import type { Finding } from '../../points/safety/finding';
import { planKb } from './plan-kb';
import { toSafetyInput } from '../../electron/contract/plan-safety-input';
import { usePlanStore } from './plan-store';

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
