import { useState } from 'react';
import { planPointCodes, usePlanStore } from '../plan/plan-store';
import { usePointFindings } from '../plan/useSafetyReport';
import { pointSeverity } from './PointSafetyBanner';

/** Adds the point to today's plan (bilateral, needled — both editable in the plan panel). When the plan's
 *  patient makes the point contraindicated or cautioned, it says so first and asks before adding. */
export function AddToPlanButton({ code }: { code: string }) {
  const inPlan = usePlanStore((s) => planPointCodes(s).includes(code));
  const severity = pointSeverity(usePointFindings(code));
  const [confirming, setConfirming] = useState<string | undefined>();
  const add = (): void => {
    usePlanStore.getState().addPoint(code);
    setConfirming(undefined);
  };
  const label = inPlan ? 'Add again to plan' : 'Add to plan';
  if (confirming === code && severity) {
    return (
      <div className={`add-confirm sev-${severity}`} role="alertdialog" aria-labelledby="add-confirm-text">
        <p id="add-confirm-text">
          <strong>{code} is {severity === 'contraindicated' ? 'contraindicated' : 'cautioned'} for this patient</strong> (see above). Add it anyway?
        </p>
        <button type="button" className="danger" onClick={add} autoFocus>Add anyway</button>{' '}
        <button type="button" onClick={() => setConfirming(undefined)}>Cancel</button>
      </div>
    );
  }
  return (
    <button type="button" className="add-to-plan" onClick={() => (severity ? setConfirming(code) : add())}>
      {label}{severity ? ` (${severity === 'contraindicated' ? 'contraindicated' : 'caution'})` : ''}
    </button>
  );
}
