// Pure helpers on the plan document: a fresh plan, technique defaults, the plan's codes. The plan → safety
// check mapping lives with the contract (electron/contract/plan-safety-input.ts), shared with main and CLIs.
import { PLAN_SCHEMA_VERSION, type Plan, type PlanPoint, type PlanTechnique } from '../../electron/contract/plan';
import type { TechniqueKey } from '../../electron/contract/plan-safety-input';

export type Side = PlanPoint['side'];
export type RedFlagAnswer = Plan['redFlags'][string];

/** YYYY-MM-DD in the clinician's local time zone (the plan date is a calendar day, not an instant). */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function createPlan(id: string, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    patient: { name: '', sex: 'unspecified', flags: [] },
    clinician: '',
    date: localDate(now),
    condition: { text: '' },
    redFlags: {},
    points: [],
    homeCare: [],
    notes: '',
    acknowledgements: [],
  };
}

/** Default settings when a technique is switched on (fields the schema requires get a common value). */
export function defaultTechnique<K extends TechniqueKey>(key: K): NonNullable<PlanTechnique[K]> {
  const defaults: { [T in TechniqueKey]-?: NonNullable<PlanTechnique[T]> } = {
    needling: {},
    moxibustion: { kind: 'stick' },
    cupping: { kind: 'stationary' },
    // 2 Hz for 20 min: a common low-frequency starting setting; the clinician adjusts it.
    electro: { frequencyHz: 2, minutes: 20 },
  };
  return defaults[key];
}

/** The plan's point codes without repeats, in plan order. */
export function uniqueCodes(plan: Plan): string[] {
  return [...new Set(plan.points.map((p) => p.code))];
}
