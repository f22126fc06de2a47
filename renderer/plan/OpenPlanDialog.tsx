// File → Open Plan…: the plans stored on this machine, newest change first, filtered as you type
// (patient, condition, date). ↑/↓ choose, Enter opens; files the store could not read are listed, not hidden.
// A plan held by several files (a copy, a sync conflict) opens its versions to choose from first.
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { PlanProblem, PlanSummary } from '../../electron/contract/plan';
import { callHost } from '../host/host-client';
import { useModalDialog } from '../shell/useModalDialog';
import { importPlanFile } from './plan-actions';
import { openStoredPlan } from './plan-persistence';
import { PlanVersionsPanel } from './PlanVersionsPanel';
import { usePlanStore } from './plan-store';

export interface OpenPlanDialogProps {
  open: boolean;
  onClose: () => void;
}

interface Listing {
  plans: PlanSummary[];
  problems: PlanProblem[];
  error: string;
}

export function OpenPlanDialog({ open, onClose }: OpenPlanDialogProps) {
  const ref = useModalDialog(open);
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing>({ plans: [], problems: [], error: '' });
  const [active, setActive] = useState(0);
  /** the plan whose versions are shown instead of the list */
  const [versionsOf, setVersionsOf] = useState<string>();
  const [notice, setNotice] = useState('');
  const [reload, setReload] = useState(0);
  const currentId = usePlanStore((s) => s.plan.id);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void callHost('plans:list', { query }).then((r) => {
      if (!live) return;
      setListing(r.ok ? { ...r.value, error: '' } : { plans: [], problems: [], error: r.message });
      setActive(0);
    });
    return () => {
      live = false;
    };
  }, [open, query, reload]);
  useEffect(() => {
    if (!open) {
      setVersionsOf(undefined);
      setNotice('');
    }
  }, [open]);

  const choose = async (id: string): Promise<void> => {
    if ((listing.plans.find((p) => p.id === id)?.versions ?? 0) > 1) return setVersionsOf(id);
    if (await openStoredPlan(id)) onClose();
  };
  const settled = (message?: string): void => {
    setVersionsOf(undefined);
    setNotice(message ?? '');
    setReload((n) => n + 1);
  };
  const onKey = (e: KeyboardEvent): void => {
    const n = listing.plans.length;
    if (e.key === 'ArrowDown' && n > 0) setActive((a) => (a + 1) % n);
    else if (e.key === 'ArrowUp' && n > 0) setActive((a) => (a - 1 + n) % n);
    else if (e.key === 'Enter' && listing.plans[active]) void choose(listing.plans[active].id);
    else return;
    e.preventDefault();
  };

  return (
    <dialog
      ref={ref}
      className="app-dialog open-plan"
      aria-labelledby="open-plan-title"
      onClose={onClose}
      data-testid="open-plan"
    >
      <h2 id="open-plan-title">Open a plan</h2>
      {versionsOf ? (
        <PlanVersionsPanel id={versionsOf} onDone={settled} />
      ) : (
        <>
          {notice && (
            <p className="status-note" role="status">
              {notice}
            </p>
          )}
          <input
            type="search"
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKey}
            placeholder="Patient, condition or date"
            aria-label="Filter plans"
            aria-controls="open-plan-list"
            aria-activedescendant={listing.plans[active] ? `open-plan-${listing.plans[active].id}` : undefined}
          />
          {listing.error && (
            <p className="error" role="alert">
              {listing.error}
            </p>
          )}
          <ul id="open-plan-list" className="open-plan-list" role="listbox" aria-label="Stored plans">
            {listing.plans.map((p, i) => (
              <li
                key={p.id}
                id={`open-plan-${p.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
              >
                <button type="button" onClick={() => void choose(p.id)} onMouseEnter={() => setActive(i)}>
                  <strong>{p.patient || 'Unnamed patient'}</strong> <span className="muted">{p.date}</span>
                  {p.id === currentId && <span className="muted"> (open now)</span>}
                  {p.versions && <span className="badge-warning"> {p.versions} versions — choose one</span>}
                  <span className="open-plan-meta">
                    {p.condition || 'No condition'} · {p.pointCount} point{p.pointCount === 1 ? '' : 's'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {listing.plans.length === 0 && !listing.error && (
            <p className="muted">{query ? 'No plan matches.' : 'No plans saved yet.'}</p>
          )}
          {listing.problems.length > 0 && (
            <details className="open-plan-problems">
              <summary>
                {listing.problems.length} file{listing.problems.length === 1 ? '' : 's'} in the plans folder could not
                be read
              </summary>
              <ul>
                {listing.problems.map((p) => (
                  <li key={p.file}>{p.message}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              onClick={() => {
                onClose();
                void importPlanFile();
              }}
            >
              Open plan file…
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
