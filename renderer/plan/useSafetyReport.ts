import { useMemo } from 'react';
import { checkPlan, type SafetyReport } from '../../points/safety/check-plan';
import { planKb } from './plan-kb';
import { toSafetyInput } from './plan-model';
import { usePlanStore } from './plan-store';

/** The live safety check of the current plan, recomputed on every edit (it is pure and fast). */
export function useSafetyReport(): SafetyReport {
  const plan = usePlanStore((s) => s.plan);
  return useMemo(() => checkPlan(planKb(), toSafetyInput(plan)), [plan]);
}
