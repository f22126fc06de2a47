// Export the current plan as PDF — the clinical record, or the patient handout (its own dialog) — on the
// paper size from settings (changing it here remembers the choice).
import { openAppDialog } from '../app/dialog-store';
import { useSettings } from '../settings/settings-store';
import { exportPlanPdf, type Paper } from './plan-actions';
import { usePlanMessages } from './plan-messages';

export function ExportPdfButton() {
  const paper = useSettings((s) => s.settings.paper);
  const message = usePlanMessages((s) => s.exportMessage);
  const busy = usePlanMessages((s) => s.exporting);
  return (
    <div className="export-pdf">
      <label>
        <span className="visually-hidden">Paper size</span>
        <select
          value={paper}
          onChange={(e) => void useSettings.getState().update({ paper: e.target.value as Paper })}
          aria-label="Paper size"
        >
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      <button type="button" onClick={() => void exportPlanPdf(paper)} disabled={busy}>
        Export PDF
      </button>
      <button type="button" onClick={() => openAppDialog('handout')} disabled={busy}>
        Patient handout…
      </button>
      {message && (
        <p className="export-message" role="status" data-testid="export-message">
          {message}
        </p>
      )}
    </div>
  );
}
