// Open a plan file (a copy is stored and opened) or save the current plan as a file — through the host,
// which owns the dialogs.
import { exportPlanFile, importPlanFile } from './plan-actions';
import { usePlanMessages } from './plan-messages';

export function PlanFileButtons() {
  const message = usePlanMessages((s) => s.fileMessage);
  return (
    <div className="plan-actions plan-files">
      <button type="button" onClick={() => void importPlanFile()}>Open plan file…</button>
      <button type="button" onClick={() => void exportPlanFile()}>Save as file…</button>
      {message && <p className="export-message" role="status" data-testid="file-message">{message}</p>}
    </div>
  );
}
