import type { ReactNode } from 'react';
import { NumberField } from './NumberField';
import type { NumberRule } from './number-rules';
import { TECHNIQUE_KEYS, type TechniqueKey } from '../../electron/contract/plan-safety-input';
import { CUP_KINDS, MOXA_KINDS, PLAN_LIMITS, STIMULATIONS } from '../../electron/contract/plan';
import { ANGLES } from '../../points/schema/common';
import type { PlanPoint, PlanTechnique } from '../../electron/contract/plan';
import { defaultTechnique } from './plan-model';
import { usePlanStore } from './plan-store';

type Needling = NonNullable<PlanTechnique['needling']>;
const LABEL: Record<TechniqueKey, string> = {
  needling: 'Needling',
  moxibustion: 'Moxa',
  cupping: 'Cupping',
  electro: 'Electro',
};
const STIMULATION = STIMULATIONS;
const MOXA = MOXA_KINDS;
const CUPS = CUP_KINDS;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field compact">
      <span>{label}</span>
      {children}
    </label>
  );
}

function Choice<T extends string>({
  value,
  options,
  onChange,
}: {
  value: T | undefined;
  options: readonly T[];
  onChange: (v: T | undefined) => void;
}) {
  return (
    <select value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}>
      <option value="">—</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

// The plan format's ranges (PLAN_LIMITS in electron/contract/plan.ts), in the clinician's words.
const DEPTH: NumberRule = { what: 'Depth', ...PLAN_LIMITS.depthCun, unit: 'cun' };
const RETAIN: NumberRule = { what: 'Retention', ...PLAN_LIMITS.retentionMin, integer: true, unit: 'minutes' };
const TREAT_MIN: NumberRule = { what: 'Minutes', ...PLAN_LIMITS.treatmentMin, unit: 'minutes' };
const HZ: NumberRule = { what: 'Frequency', ...PLAN_LIMITS.electroHz, unit: 'Hz', optional: false };
const E_MIN: NumberRule = { what: 'Electro minutes', ...PLAN_LIMITS.electroMin, unit: 'minutes', optional: false };

/** Technique toggles for one plan point, with the main settings of each technique switched on. */
export function TechniqueEditor({ point }: { point: PlanPoint }) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const t = point.technique;
  const set = (technique: PlanTechnique, field?: string): void =>
    dispatch({ type: 'set-technique', uid: point.uid, technique, field });
  const toggle = (key: TechniqueKey, on: boolean): void => {
    const next: PlanTechnique = { ...t };
    if (on) Object.assign(next, { [key]: defaultTechnique(key) });
    else delete next[key];
    set(next);
  };
  const needling = (patch: Partial<Needling>, field: string): void =>
    set({ ...t, needling: { ...t.needling, ...patch } }, field);
  return (
    <div className="technique">
      <div className="technique-toggles" role="group" aria-label={`Techniques for ${point.code}`}>
        {TECHNIQUE_KEYS.map((k) => (
          <label key={k} className="chip">
            <input type="checkbox" checked={t[k] !== undefined} onChange={(e) => toggle(k, e.target.checked)} />
            {LABEL[k]}
          </label>
        ))}
      </div>
      {t.needling && (
        <div className="technique-fields">
          <Field label="Angle">
            <Choice value={t.needling.angle} options={ANGLES} onChange={(angle) => needling({ angle }, 'angle')} />
          </Field>
          <NumberField
            compact
            label="Depth (cun)"
            value={t.needling.depthCun}
            rule={DEPTH}
            onChange={(depthCun) => needling({ depthCun }, 'depth')}
          />
          <Field label="Gauge">
            <input
              value={t.needling.gauge ?? ''}
              maxLength={20}
              onChange={(e) => needling({ gauge: e.target.value || undefined }, 'gauge')}
            />
          </Field>
          <NumberField
            compact
            label="Retain (min)"
            value={t.needling.retentionMin}
            rule={RETAIN}
            onChange={(retentionMin) => needling({ retentionMin }, 'retention')}
          />
          <Field label="Stimulation">
            <Choice
              value={t.needling.stimulation}
              options={STIMULATION}
              onChange={(stimulation) => needling({ stimulation }, 'stimulation')}
            />
          </Field>
        </div>
      )}
      {t.moxibustion && (
        <div className="technique-fields">
          <Field label="Moxa">
            <Choice
              value={t.moxibustion.kind}
              options={MOXA}
              onChange={(kind) => set({ ...t, moxibustion: { ...t.moxibustion, kind: kind ?? 'stick' } })}
            />
          </Field>
          <NumberField
            compact
            label="Minutes"
            value={t.moxibustion.minutes}
            rule={TREAT_MIN}
            onChange={(minutes) =>
              set({ ...t, moxibustion: { kind: t.moxibustion?.kind ?? 'stick', minutes } }, 'moxa-min')
            }
          />
        </div>
      )}
      {t.cupping && (
        <div className="technique-fields">
          <Field label="Cupping">
            <Choice
              value={t.cupping.kind}
              options={CUPS}
              onChange={(kind) => set({ ...t, cupping: { ...t.cupping, kind: kind ?? 'stationary' } })}
            />
          </Field>
          <NumberField
            compact
            label="Minutes"
            value={t.cupping.minutes}
            rule={TREAT_MIN}
            onChange={(minutes) =>
              set({ ...t, cupping: { kind: t.cupping?.kind ?? 'stationary', minutes } }, 'cup-min')
            }
          />
        </div>
      )}
      {t.electro && (
        <div className="technique-fields">
          <NumberField
            compact
            label="Frequency (Hz)"
            value={t.electro.frequencyHz}
            rule={HZ}
            onChange={(hz) => {
              if (hz !== undefined)
                set({ ...t, electro: { minutes: t.electro?.minutes ?? 20, frequencyHz: hz } }, 'hz');
            }}
          />
          <NumberField
            compact
            label="Minutes"
            value={t.electro.minutes}
            rule={E_MIN}
            onChange={(m) => {
              if (m !== undefined)
                set({ ...t, electro: { frequencyHz: t.electro?.frequencyHz ?? 2, minutes: m } }, 'e-min');
            }}
          />
        </div>
      )}
    </div>
  );
}
