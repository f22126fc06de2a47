// First run: what the app is for, that it supports rather than replaces clinical judgement, and where plans
// are kept. Shown until dismissed (remembered in settings); Help → Welcome Guide shows it again.
import type { AppInfoState } from '../app/useAppInfo';
import { DISCLAIMER } from './StatusBar';
import { useModalDialog } from './useModalDialog';

export interface WelcomeDialogProps {
  open: boolean;
  onClose: () => void;
  info: AppInfoState;
}

export function WelcomeDialog({ open, onClose, info }: WelcomeDialogProps) {
  const ref = useModalDialog(open);
  const dataDir = info.status === 'ready' ? info.info.dataDir : undefined;
  return (
    <dialog
      ref={ref}
      className="app-dialog welcome"
      aria-labelledby="welcome-title"
      onClose={onClose}
      data-testid="welcome"
    >
      <h2 id="welcome-title">Welcome to Acupoint Reference</h2>
      <p>
        Look a point up by code, name, symptom or condition; see where it lies on the body and how that position is
        measured; read how to needle it and what to watch for; then build the session plan and export it as a PDF.
      </p>
      <h3>Clinical judgement comes first</h3>
      <p className="welcome-disclaimer">{DISCLAIMER}</p>
      <h3>Your plans stay on this computer</h3>
      <p>
        The app works offline and sends nothing anywhere. Plans are saved as you type, in{' '}
        {dataDir ? <code>{dataDir}</code> : 'the app’s data folder'}; a plan deleted by mistake can be restored, and
        uninstalling the app keeps them.
      </p>
      <h3>Quick start</h3>
      <ul>
        <li>
          <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>K</kbd> or <kbd>/</kbd> — find a point
        </li>
        <li>
          <kbd>←</kbd> <kbd>→</kbd> — previous/next point on the same channel; <kbd>Esc</kbd> clears the selection
        </li>
        <li>“Add to plan” on a point, then export from the plan panel</li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Start
        </button>
      </div>
    </dialog>
  );
}
