// Export → Patient handout…: the clinician chooses which home-care items go on the patient's sheet (advice
// marked unsafe for this patient starts unticked, with the reason), sees what the sheet will lack (no
// clinic phone in Settings, no next appointment), and exports it as its own PDF.
import { useEffect, useState } from 'react';
import { openAppDialog } from '../app/dialog-store';
import { useSettings } from '../settings/settings-store';
import { useModalDialog } from '../shell/useModalDialog';
import { homeCareWarnings } from './home-care-safety';
import { exportPlanPdf } from './plan-actions';
import { usePlanStore } from './plan-store';

export interface HandoutDialogProps {
  open: boolean;
  onClose: () => void;
}

export function HandoutDialog({ open, onClose }: HandoutDialogProps) {
  const ref = useModalDialog(open);
  const plan = usePlanStore((s) => s.plan);
  const settings = useSettings((s) => s.settings);
  const [chosen, setChosen] = useState<boolean[]>([]);
  // Each time it opens (and only then, never under the clinician's hand): every item ticked except advice
  // unsafe for this patient.
  useEffect(() => {
    if (open) setChosen(plan.homeCare.map((text) => homeCareWarnings(text, plan.patient).length === 0));
  }, [open]);
  const { clinic, phone } = settings.clinicHeader;
  const missing = [!clinic && 'the clinic’s name', !phone && 'a phone number'].filter(Boolean);
  const exportIt = (): void => {
    onClose();
    void exportPlanPdf(settings.paper, { homeCare: chosen.flatMap((on, i) => (on ? [i] : [])) });
  };
  return (
    <dialog
      ref={ref}
      className="app-dialog handout-dialog"
      aria-labelledby="handout-title"
      onClose={onClose}
      data-testid="handout-dialog"
    >
      <h2 id="handout-title">Patient handout</h2>
      <p className="muted">
        A plain-language sheet for {plan.patient.name || 'the patient'}: your clinic’s details, the next appointment and
        course, the home care you tick here, when to stop an exercise and when to get urgent help. No point codes,
        needling or clinical cautions.
      </p>
      {missing.length > 0 && (
        <p className="warning-note" role="note">
          The sheet will have no {missing.join(' and ')}: add them in{' '}
          <button type="button" className="link" onClick={() => openAppDialog('settings')}>
            Settings
          </button>
          .
        </p>
      )}
      {!plan.nextAppointment && (
        <p className="muted">No next appointment is set in the plan; the sheet says it will be arranged.</p>
      )}
      <fieldset>
        <legend>Home care to include</legend>
        {plan.homeCare.length === 0 && <p className="muted">The plan has no home care yet.</p>}
        {plan.homeCare.map((text, i) => {
          const warnings = homeCareWarnings(text, plan.patient);
          return (
            <label key={i} className="check handout-choice">
              <input
                type="checkbox"
                checked={chosen[i] ?? false}
                onChange={(e) => setChosen((c) => c.map((v, j) => (j === i ? e.target.checked : v)))}
              />
              <span>
                {text.split(':')[0]}
                {warnings.length > 0 && (
                  <span className="badge-warning"> — not advised for this patient: {warnings.join(' ')}</span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={exportIt}>
          Export handout
        </button>
      </div>
    </dialog>
  );
}
