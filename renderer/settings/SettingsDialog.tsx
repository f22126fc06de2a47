// Settings: theme, default paper size, how depths are shown, and the clinic header printed on exported
// plans. Edits are kept in the form until Save; Cancel or Esc leaves the stored settings untouched.
import { useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../electron/contract/settings';
import { useModalDialog } from '../shell/useModalDialog';
import { useSettings } from './settings-store';

export interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
}

type Draft = Omit<Settings, 'version' | 'welcomeDismissed'>;

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <label className="settings-row">
    <span>{label}</span>
    {children}
  </label>
);

export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
  const ref = useModalDialog(open);
  const stored = useSettings((s) => s.settings);
  const [draft, setDraft] = useState<Draft>(stored);
  const [error, setError] = useState('');
  // Each opening starts from what is stored, not from an abandoned edit.
  useEffect(() => {
    if (open) {
      setDraft(stored);
      setError('');
    }
  }, [open, stored]);
  const header = (field: keyof Draft['clinicHeader'], value: string): void =>
    setDraft((d) => ({ ...d, clinicHeader: { ...d.clinicHeader, [field]: value } }));
  const save = async (): Promise<void> => {
    const { theme, paper, units, clinicHeader } = draft;
    const ok = await useSettings.getState().update({ theme, paper, units, clinicHeader });
    if (ok) onClose();
    else setError(useSettings.getState().notice);
  };
  return (
    <dialog
      ref={ref}
      className="app-dialog settings"
      aria-labelledby="settings-title"
      onClose={onClose}
      data-testid="settings"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="settings-title">Settings</h2>
        <fieldset>
          <legend>Display</legend>
          <Row label="Theme">
            <select
              value={draft.theme}
              onChange={(e) => setDraft({ ...draft, theme: e.target.value as Draft['theme'] })}
            >
              <option value="system">Follow the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </Row>
          <Row label="Needling depth">
            <select
              value={draft.units}
              onChange={(e) => setDraft({ ...draft, units: e.target.value as Draft['units'] })}
            >
              <option value="cun">Cun only</option>
              <option value="metric">Cun with approximate cm</option>
              <option value="imperial">Cun with approximate inches</option>
            </select>
          </Row>
        </fieldset>
        <fieldset>
          <legend>Exported plans</legend>
          <Row label="Paper size">
            <select
              value={draft.paper}
              onChange={(e) => setDraft({ ...draft, paper: e.target.value as Draft['paper'] })}
            >
              <option value="A4">A4</option>
              <option value="Letter">US Letter</option>
            </select>
          </Row>
          <Row label="Clinic name">
            <input
              value={draft.clinicHeader.clinic}
              maxLength={200}
              onChange={(e) => header('clinic', e.target.value)}
            />
          </Row>
          <Row label="Address">
            <input
              value={draft.clinicHeader.contact}
              maxLength={300}
              onChange={(e) => header('contact', e.target.value)}
            />
          </Row>
          <Row label="Phone">
            <input
              type="tel"
              value={draft.clinicHeader.phone}
              maxLength={60}
              onChange={(e) => header('phone', e.target.value)}
            />
          </Row>
          <Row label="Clinician (new plans)">
            <input
              value={draft.clinicHeader.clinician}
              maxLength={200}
              onChange={(e) => header('clinician', e.target.value)}
            />
          </Row>
        </fieldset>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
