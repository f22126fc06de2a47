// The less frequent plan actions, folded into "More…" so the sticky header stays short: open a plan file
// (a copy is stored and opened) or save the plan as a file — through the host, which owns the dialogs —,
// the next visit from this plan, deleting it (to the trash) and restoring it. Their messages stay in view.
import { exportPlanFile, importPlanFile } from './plan-actions';
import { usePlanMessages } from './plan-messages';
import { deleteCurrentPlan, restoreDeletedPlan, startNextVisit } from './visit-actions';

/** Runs an action from the menu and closes the menu. */
const fromMenu =
  (action: () => Promise<void>) =>
  (e: { currentTarget: HTMLElement }): void => {
    e.currentTarget.closest('details')?.removeAttribute('open');
    void action();
  };

export function PlanMoreMenu() {
  return (
    <details className="plan-more">
      <summary>More…</summary>
      <div className="plan-more-items" role="group" aria-label="More plan actions">
        <button
          type="button"
          onClick={fromMenu(startNextVisit)}
          title="Same patient, points and techniques, dated today"
        >
          Duplicate for next visit
        </button>
        <button type="button" onClick={fromMenu(importPlanFile)}>
          Open plan file…
        </button>
        <button type="button" onClick={fromMenu(exportPlanFile)}>
          Save as file…
        </button>
        <button type="button" className="danger" onClick={fromMenu(deleteCurrentPlan)}>
          Delete plan…
        </button>
      </div>
    </details>
  );
}

export function PlanFileMessages() {
  const message = usePlanMessages((s) => s.fileMessage);
  const deleted = usePlanMessages((s) => s.deleted);
  if (!message && !deleted) return null;
  return (
    <div className="plan-files">
      {message && (
        <p className="export-message" role="status" data-testid="file-message">
          {message}
        </p>
      )}
      {deleted && (
        <button type="button" onClick={() => void restoreDeletedPlan()}>
          Restore the deleted plan
        </button>
      )}
    </div>
  );
}
