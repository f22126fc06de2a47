import { usePlanStore } from './plan-store';

/** Free notes and the clinician's name. Shown as typed: plain text, never markup. */
export function NotesSection() {
  const notes = usePlanStore((s) => s.plan.notes);
  const clinician = usePlanStore((s) => s.plan.clinician);
  const dispatch = usePlanStore((s) => s.dispatch);
  return (
    <section className="plan-section" aria-labelledby="plan-notes">
      <h3 id="plan-notes">Notes</h3>
      <label className="field">
        <span className="visually-hidden">Plan notes</span>
        <textarea
          rows={4}
          maxLength={20000}
          value={notes}
          onChange={(e) => dispatch({ type: 'set-fields', patch: { notes: e.target.value } })}
        />
      </label>
      <label className="field">
        <span>Clinician</span>
        <input
          value={clinician}
          maxLength={200}
          onChange={(e) => dispatch({ type: 'set-fields', patch: { clinician: e.target.value } })}
        />
      </label>
    </section>
  );
}
