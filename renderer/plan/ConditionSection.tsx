import { useState } from 'react';
import { CONDITION_CATEGORIES } from '../../points/schema/condition';
import { useSelection } from '../state/selection';
import { conditionTemplate, planKb } from './plan-kb';
import { newUid, usePlanStore } from './plan-store';

const CATEGORY_TITLE: Record<(typeof CONDITION_CATEGORIES)[number], string> = {
  musculoskeletal: 'Muscles and joints',
  'headache-face': 'Head and face',
  neuropathic: 'Nerve pain',
  'post-operative': 'After surgery',
  nausea: 'Nausea',
  digestive: 'Digestion',
  'mental-health': 'Sleep, mood and anxiety',
  'gynaecological-obstetric': 'Gynaecology and pregnancy',
  'respiratory-allergic': 'Breathing and allergy',
  'ent-eye': 'Ear, nose and eye',
  neurological: 'Neurological',
  urinary: 'Bladder',
  addiction: 'Stopping smoking',
  general: 'General',
};

/** The presenting condition, and "start from condition": view it (summary, red flags, points by role,
 *  evidence) or add its suggested points and home care at once. */
export function ConditionSection() {
  const condition = usePlanStore((s) => s.plan.condition);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [choice, setChoice] = useState('');
  const conditions = planKb().conditions;
  const showCondition = useSelection((s) => s.showCondition);
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
          rows={2}
          maxLength={500}
          value={condition.text}
          onChange={(e) =>
            dispatch({ type: 'set-fields', patch: { condition: { ...condition, text: e.target.value } } })
          }
        />
      </label>
      <div className="field-row">
        <label className="field grow">
          <span>Start from condition</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a condition…</option>
            {CONDITION_CATEGORIES.map((cat) => (
              <optgroup key={cat} label={CATEGORY_TITLE[cat]}>
                {conditions
                  .filter((c) => c.category === cat)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="align-end"
          disabled={!choice}
          onClick={() => {
            const c = conditions.find((x) => x.id === choice);
            if (c)
              showCondition(
                c.id,
                c.points.map((p) => p.code),
              );
          }}
        >
          View
        </button>
        <button type="button" className="align-end" onClick={start} disabled={!choice}>
          Add its points
        </button>
      </div>
    </section>
  );
}
