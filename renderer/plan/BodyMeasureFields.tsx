// The patient's body: build (chooses the body shown), height, and one segment measured with a tape —
// from these the detail panel and the printed record give B-cun in centimetres for this patient.
import { useState } from 'react';
import { BUILDS, type Plan, PLAN_LIMITS } from '../../electron/contract/plan';
import { cunScale, MEASURABLE_SCALES, type MeasurableScaleId } from '../../points/anatomy/cun-scales';
import { NumberField } from './NumberField';
import { usePlanStore } from './plan-store';

type Build = NonNullable<Plan['patient']['build']>;
const BUILD_TEXT: Record<Build, string> = { slim: 'Slim', average: 'Average', broad: 'Broad' };
const isMeasurable = (v: string): v is MeasurableScaleId => MEASURABLE_SCALES.some((m) => m.id === v);

export function BodyMeasureFields() {
  const patient = usePlanStore((s) => s.plan.patient);
  const planId = usePlanStore((s) => s.plan.id);
  const dispatch = usePlanStore((s) => s.dispatch);
  const measured = patient.measured;
  // The segment chosen before its length is typed lives here; the plan holds a segment only with its length.
  const [chosen, setChosen] = useState<{ planId: string; scale: MeasurableScaleId | '' }>({
    planId,
    scale: measured?.scale ?? '',
  });
  const scale = measured?.scale ?? (chosen.planId === planId ? chosen.scale : '');
  const count = scale ? cunScale(scale)?.cun : undefined;
  const { min, max } = PLAN_LIMITS.cmPerCun;
  const summary = [
    patient.build && BUILD_TEXT[patient.build].toLowerCase(),
    patient.heightCm && `${patient.heightCm} cm tall`,
    measured && `${MEASURABLE_SCALES.find((m) => m.id === measured.scale)?.label.toLowerCase()} ${measured.cm} cm`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <details className="flags body-measures">
      <summary>
        <span>Body and measurement</span>{' '}
        <span className="muted" data-measures-summary>
          {summary || 'not recorded'}
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">Body and measurement</legend>
        <div className="field-row">
          <label className="field">
            <span>Build</span>
            <select
              value={patient.build ?? ''}
              onChange={(e) =>
                dispatch({ type: 'set-patient', patch: { build: BUILDS.find((b) => b === e.target.value) } })
              }
            >
              <option value="">Not recorded</option>
              {BUILDS.map((b) => (
                <option key={b} value={b}>
                  {BUILD_TEXT[b]}
                </option>
              ))}
            </select>
          </label>
          <NumberField
            label="Height (cm)"
            value={patient.heightCm}
            rule={{
              what: 'Height',
              min: PLAN_LIMITS.heightCm.min,
              max: PLAN_LIMITS.heightCm.max,
              unit: 'cm',
              optional: true,
            }}
            onChange={(heightCm) => dispatch({ type: 'set-patient', patch: { heightCm } })}
          />
        </div>
        <div className="field-row">
          <label className="field">
            <span>Measured segment</span>
            <select
              value={scale}
              onChange={(e) => {
                const next = isMeasurable(e.target.value) ? e.target.value : '';
                setChosen({ planId, scale: next });
                // a length measured on another segment does not carry over to this one
                if (measured) dispatch({ type: 'set-patient', patch: { measured: undefined } });
              }}
            >
              <option value="">None</option>
              {MEASURABLE_SCALES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label} ({cunScale(m.id)?.cun} B-cun)
                </option>
              ))}
            </select>
          </label>
        </div>
        {scale && count && (
          <div className="field-row">
            <NumberField
              key={scale}
              label="Length (cm)"
              value={measured?.cm}
              rule={{ what: 'Measured length', min: count * min, max: count * max, unit: 'cm', optional: true }}
              hint={
                measured
                  ? `1 B-cun ≈ ${(measured.cm / count).toFixed(1)} cm here`
                  : `${count} B-cun on the patient, with a tape`
              }
              onChange={(cm) =>
                dispatch({ type: 'set-patient', patch: { measured: cm === undefined ? undefined : { scale, cm } } })
              }
            />
          </div>
        )}
      </fieldset>
    </details>
  );
}
