import type { AppInfoState } from '../app/useAppInfo';
import { DISCLAIMER } from './StatusBar';
import { useModalDialog } from './useModalDialog';

export interface AboutDialogProps {
  open: boolean;
  onClose: () => void;
  info: AppInfoState;
}

/** About: version, where plans are stored, data sources and the clinical disclaimer. Native <dialog>: Esc closes. */
export function AboutDialog({ open, onClose, info }: AboutDialogProps) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="about app-dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About Acupoint Reference</h2>
      {info.status === 'ready' ? (
        <dl>
          <dt>Version</dt>
          <dd>{info.info.version}</dd>
          <dt>Runs on</dt>
          <dd>
            {Object.entries(info.info.versions)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}
          </dd>
          <dt>Plans are stored in</dt>
          <dd>
            <code>{info.info.dataDir}</code> (on this machine only)
          </dd>
        </dl>
      ) : (
        <p className="muted">Version information unavailable.</p>
      )}
      <h3>Sources</h3>
      <p>
        Point locations follow the WHO Standard Acupuncture Point Locations (2008); clinical content cites the WHO
        standard, standard textbooks, clinical guidelines and systematic reviews, and — labelled as such — five
        commercial web articles on hip nerve pain. Each record shows its sources.
      </p>
      <h3>Clinical disclaimer</h3>
      <p>{DISCLAIMER}</p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
