// Inside the Open dialog: a plan that more than one file holds (a copy, a sync tool's conflict copy) is
// shown as its versions side by side — where each came from, when it changed, its points — to keep one
// (the others go to the trash folder) or keep all as separate plans. Nothing is chosen for the clinician.
import { useEffect, useState } from 'react';
import type { PlanVersion } from '../../electron/contract/plan';
import { callHost } from '../host/host-client';
import { resolvePlanVersions } from './plan-persistence';

export interface PlanVersionsPanelProps {
  id: string;
  /** settled (with what happened, in plain words) or cancelled (no message) */
  onDone: (message?: string) => void;
}

const changed = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export function PlanVersionsPanel({ id, onDone }: PlanVersionsPanelProps) {
  const [versions, setVersions] = useState<PlanVersion[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void callHost('plans:versions', { id }).then((r) => {
      if (!live) return;
      if (r.ok) setVersions(r.value.versions);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [id]);

  const settle = async (keep: string, mode: 'keep-one' | 'keep-all'): Promise<void> => {
    setBusy(true);
    const result = await resolvePlanVersions(id, keep, mode);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    const kept = versions.find((v) => v.file === keep);
    onDone(
      mode === 'keep-one'
        ? `Kept ${kept?.origin ?? 'the chosen version'}; the other version${versions.length > 2 ? 's are' : ' is'} in the plans folder’s trash.`
        : `Kept all versions: ${result.copies} stored as separate plan${result.copies === 1 ? '' : 's'} with the same patient.`,
    );
  };

  const patient = versions[0]?.summary.patient || 'this patient';
  return (
    <section className="plan-versions" aria-labelledby="plan-versions-title" data-testid="plan-versions">
      <h3 id="plan-versions-title" tabIndex={-1} ref={(h) => h?.focus()}>
        {versions.length || 'Several'} versions of the plan for {patient}
      </h3>
      <p className="muted">
        More than one file in the plans folder holds this plan — usually a copy, or a sync service keeping both sides of
        an edit made on two computers. Compare them and keep the right one.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="plan-versions-list">
        {versions.map((v) => (
          <li key={v.file}>
            <strong>{v.origin.charAt(0).toUpperCase() + v.origin.slice(1)}</strong>
            <span className="muted"> — changed {changed(v.summary.updatedAt)}</span>
            <span className="open-plan-meta">
              {v.summary.patient || 'Unnamed patient'} · {v.summary.date} · {v.summary.condition || 'No condition'}
            </span>
            <span className="open-plan-meta">
              {v.points.length} point{v.points.length === 1 ? '' : 's'}
              {v.points.length ? `: ${v.points.join(', ')}` : ''}
            </span>
            <span className="open-plan-meta">File: {v.file}</span>
            <button type="button" disabled={busy} onClick={() => void settle(v.file, 'keep-one')}>
              Keep this version
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          disabled={busy || versions.length === 0}
          onClick={() => void settle(versions[0]!.file, 'keep-all')}
        >
          Keep all as separate plans
        </button>
        <button type="button" onClick={() => onDone()}>
          Back to the list
        </button>
      </div>
    </section>
  );
}
