import { useState, type FormEvent } from 'react';
import { homeCareWarnings } from './home-care-safety';
import { usePlanStore } from './plan-store';

/** Advice for the patient to follow at home: from the condition template or written here; each line can
 *  be edited, reordered and removed. Advice a patient flag makes unsafe is marked with the reason. */
export function HomeCareSection() {
  const items = usePlanStore((s) => s.plan.homeCare);
  const patient = usePlanStore((s) => s.plan.patient);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [draft, setDraft] = useState('');
  const add = (e: FormEvent): void => {
    e.preventDefault();
    if (!draft.trim()) return;
    dispatch({ type: 'add-home-care', text: draft });
    setDraft('');
  };
  const unsafe = items.filter((t) => homeCareWarnings(t, patient).length > 0).length;
  return (
    <details className="plan-section" open={unsafe > 0 || undefined}>
      <summary>
        <h3>Home care</h3> <span className="muted">{items.length} items</span>
        {unsafe > 0 && <span className="badge sev-caution">{unsafe} to check for this patient</span>}
      </summary>
      <ol className="home-care">
        {items.map((text, i) => {
          const warnings = homeCareWarnings(text, patient);
          return (
            <li key={i} className={warnings.length > 0 ? 'is-unsafe' : undefined} data-home-care={i}>
              <textarea
                rows={2}
                maxLength={2000}
                value={text}
                aria-label={`Home care item ${i + 1}`}
                onChange={(e) => dispatch({ type: 'set-home-care', index: i, text: e.target.value })}
              />
              {warnings.map((w) => (
                <p key={w} className="home-care-warning" role="note">
                  <strong>Check for this patient:</strong> {w}
                </p>
              ))}
              <div className="point-actions">
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'move-home-care', index: i, delta: -1 })}
                  disabled={i === 0}
                  aria-label={`Move home care item ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'move-home-care', index: i, delta: 1 })}
                  disabled={i === items.length - 1}
                  aria-label={`Move home care item ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => dispatch({ type: 'remove-home-care', index: i })}
                  aria-label={`Remove home care item ${i + 1}`}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <form className="add-point" onSubmit={add}>
        <label className="field grow">
          <span>New advice</span>
          <input
            value={draft}
            maxLength={2000}
            placeholder="e.g. Walk 20 minutes a day"
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit" className="align-end" disabled={!draft.trim()}>
          Add advice
        </button>
      </form>
    </details>
  );
}
