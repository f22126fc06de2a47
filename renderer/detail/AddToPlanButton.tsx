import { planPointCodes, usePlanStore } from '../plan/plan-store';

/** Adds the point to today's plan (bilateral, needled — both editable in the plan panel). */
export function AddToPlanButton({ code }: { code: string }) {
  const inPlan = usePlanStore((s) => planPointCodes(s).includes(code));
  return (
    <button type="button" className="add-to-plan" onClick={() => usePlanStore.getState().addPoint(code)}>
      {inPlan ? 'Add again to plan' : 'Add to plan'}
    </button>
  );
}
