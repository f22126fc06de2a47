import { useState } from 'react';
import type { Plan } from '../../electron/contract/plan';
import { BodyMeasureFields } from './BodyMeasureFields';
import { NumberField } from './NumberField';
import { GestationalWeekField } from './GestationalWeekField';
import { planKb } from './plan-kb';
import { patientFlagLabels } from './patient-flags';
import { usePlanStore } from './plan-store';

type Sex = Plan['patient']['sex'];
const SEXES: readonly Sex[] = ['unspecified', 'female', 'male', 'other'];

/** Who the plan is for, and the patient flags the safety check uses. */
export function PatientSection() {
  const patient = usePlanStore((s) => s.plan.patient);
  const date = usePlanStore((s) => s.plan.date);
  const dispatch = usePlanStore((s) => s.dispatch);
  const planId = usePlanStore((s) => s.plan.id);
  const points = usePlanStore((s) => s.plan.points.length);
  const flags = new Set(patient.flags);
  // Open for a new plan's intake; one summary line for a plan under way. Decided once per plan, so ticking
  // a box never folds the list away under the clinician's hand.
  const [opening, setOpening] = useState({ planId, open: patient.flags.length === 0 && points === 0 });
  if (opening.planId !== planId) setOpening({ planId, open: patient.flags.length === 0 && points === 0 });
  const startOpen = opening.planId === planId ? opening.open : false;
  const ticked = patientFlagLabels(patient);
  return (
    <section className="plan-section" aria-labelledby="plan-patient">
      <h3 id="plan-patient">Patient</h3>
      <label className="field">
        <span>Name or identifier</span>
        <input
          value={patient.name}
          maxLength={200}
          onChange={(e) => dispatch({ type: 'set-patient', patch: { name: e.target.value } })}
        />
      </label>
      <div className="field-row">
        <NumberField
          label="Birth year"
          value={patient.birthYear}
          rule={{ what: 'Birth year', min: 1900, max: new Date().getFullYear(), integer: true }}
          onChange={(birthYear) => dispatch({ type: 'set-patient', patch: { birthYear } })}
        />
        <label className="field">
          <span>Sex</span>
          <select
            value={patient.sex}
            onChange={(e) => dispatch({ type: 'set-patient', patch: { sex: e.target.value as Sex } })}
          >
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Date</span>
          <input
            type="date"
            value={date}
            onChange={(e) => e.target.value && dispatch({ type: 'set-fields', patch: { date: e.target.value } })}
          />
        </label>
      </div>
      <details className="flags" open={startOpen}>
        <summary>
          <span>Relevant conditions</span>{' '}
          <span className="muted" data-flags-summary>
            {ticked.length > 0 ? ticked.join(', ') : 'none ticked'}
          </span>
        </summary>
        <fieldset>
          <legend className="visually-hidden">Relevant conditions</legend>
          {planKb().patientFlags.map((f) => (
            <label key={f.id} className="check" title={f.description}>
              <input
                type="checkbox"
                checked={flags.has(f.id)}
                onChange={(e) => dispatch({ type: 'set-flag', flag: f.id, on: e.target.checked })}
              />
              {f.label}
            </label>
          ))}
        </fieldset>
      </details>
      {flags.has('pregnancy') && <GestationalWeekField />}
      <BodyMeasureFields />
    </section>
  );
}
