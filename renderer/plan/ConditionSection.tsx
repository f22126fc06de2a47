import { useState } from 'react';
import { conditionTemplate, planKb } from './plan-kb';
import { newUid, usePlanStore } from './plan-store';

/** The presenting condition, and "start from condition": its suggested points and home care. */
export function ConditionSection() {
  const condition = usePlanStore((s) => s.plan.condition);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [choice, setChoice] = useState('');
  const conditions = planKb().conditions;
  const start = (): void => {
    const found = conditions.find((c) => c.id === choice);
    if (!found) return;
    const template = conditionTemplate(found);
    dispatch({ type: 'apply-condition', template, uids: template.points.map(() => newUid()) });
  };
  return (
    <section className="plan-section" aria-labelledby="plan-condition">
      <h3 id="plan-condition">Condition</h3>
      <label className="field">
        <span>Presenting condition</span>
        <textarea
          rows={2} maxLength={500} value={condition.text}
          onChange={(e) => dispatch({ type: 'set-fields', patch: { condition: { ...condition, text: e.target.value } } })}
        />
      </label>
      <div className="field-row">
        <label className="field grow">
          <span>Start from condition</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a condition…</option>
            {conditions.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <button type="button" className="align-end" onClick={start} disabled={!choice}>Add its points</button>
      </div>
    </section>
  );
}
