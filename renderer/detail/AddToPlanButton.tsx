import { cancelAdd, confirmAdd, requestAdd, useAddRequest } from '../plan/add-request';
import { planPointCodes, usePlanStore } from '../plan/plan-store';
import { usePointFindings } from '../plan/useSafetyReport';
import { pointSeverity } from '../plan/stop-findings';

/** Adds the point to today's plan (bilateral, needled as its record gives — both editable in the plan
 *  panel). When the plan's patient makes the point contraindicated or cautioned, it says so first and
 *  asks before adding (also for Ctrl/Cmd+Enter and the menu, which go through the same request). */
export function AddToPlanButton({ code }: { code: string }) {
  const inPlan = usePlanStore((s) => planPointCodes(s).includes(code));
  const severity = pointSeverity(usePointFindings(code));
  const confirming = useAddRequest((s) => s.confirming === code);
  const label = inPlan ? 'Add again to plan' : 'Add to plan';
  if (confirming && severity) {
    return (
      <div className={`add-confirm sev-${severity}`} role="alertdialog" aria-labelledby="add-confirm-text">
        <p id="add-confirm-text">
          <strong>
            {code} is {severity === 'contraindicated' ? 'contraindicated' : 'cautioned'} for this patient
          </strong>{' '}
          (see above). Add it anyway?
        </p>
        <button type="button" className="danger" onClick={confirmAdd} autoFocus>
          Add anyway
        </button>{' '}
        <button type="button" onClick={cancelAdd}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <button type="button" className="add-to-plan" onClick={() => requestAdd(code)} title="Add to plan (Ctrl/Cmd+Enter)">
      {label}
      {severity ? ` (${severity === 'contraindicated' ? 'contraindicated' : 'caution'})` : ''}
    </button>
  );
}
