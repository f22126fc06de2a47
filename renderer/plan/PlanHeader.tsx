import { openAppDialog } from '../app/dialog-store';
import { ExportPdfButton } from './ExportPdfButton';
import { PlanFileMessages, PlanMoreMenu } from './PlanFileButtons';
import { startNewPlan } from './plan-persistence';
import { canRedo, canUndo, usePlanStore, type SaveStatus } from './plan-store';

const LABEL: Record<SaveStatus, string> = {
  new: 'Not saved yet',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  partial: 'Saved, one field not',
  error: 'Not saved',
};

/** Title, save status and the plan-wide actions (undo, redo, new plan). */
export function PlanHeader() {
  const status = usePlanStore((s) => s.status);
  const message = usePlanStore((s) => s.statusMessage);
  const undoable = usePlanStore(canUndo);
  const redoable = usePlanStore(canRedo);
  const { undo, redo } = usePlanStore.getState();
  return (
    <header className="plan-header">
      <div className="plan-title-row">
        <h2 id="plan-title">Session plan</h2>
        <span
          className={`save-status save-${status}`}
          role="status"
          data-testid="save-status"
          title={message || undefined}
        >
          {LABEL[status]}
        </span>
      </div>
      {(status === 'error' || status === 'partial') && message && (
        <p className="error plan-save-error" role="alert">
          {message}
        </p>
      )}
      <div className="plan-actions">
        <button type="button" onClick={undo} disabled={!undoable} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!redoable} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" onClick={() => void startNewPlan()}>
          New plan
        </button>
        <button type="button" onClick={() => openAppDialog('open-plan')}>
          Open…
        </button>
        <PlanMoreMenu />
      </div>
      <ExportPdfButton />
      <PlanFileMessages />
    </header>
  );
}
