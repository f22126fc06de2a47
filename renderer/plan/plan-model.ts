// Pure helpers on the plan document: a fresh plan, the plan ↔ safety-check mapping and the technique
// vocabulary of the plan (needling/moxibustion/cupping/electro) ↔ the knowledge base's technique ids.
import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, type Plan, type PlanPoint, type PlanTechnique } from '../../electron/contract/plan';
import type { SafetyInput } from '../../points/safety/check-plan';
import type { Technique } from '../../points/schema/point';

export type PlanPointT = z.infer<typeof PlanPoint>;
export type PlanTechniqueT = z.infer<typeof PlanTechnique>;
export type Side = PlanPointT['side'];
export type RedFlagAnswer = Plan['redFlags'][string];
export type TechniqueKey = keyof PlanTechniqueT;

export const TECHNIQUE_KEYS: readonly TechniqueKey[] = ['needling', 'moxibustion', 'cupping', 'electro'];

const KB_TECHNIQUE: Record<TechniqueKey, Technique> = {
  needling: 'needling',
  moxibustion: 'moxibustion',
  cupping: 'cupping',
  electro: 'electro-acupuncture',
};

/** YYYY-MM-DD in the clinician's local time zone (the plan date is a calendar day, not an instant). */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function createPlan(id: string, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    schemaVersion: PLAN_SCHEMA_VERSION, id, createdAt: stamp, updatedAt: stamp,
    patient: { name: '', sex: 'unspecified', flags: [] },
    clinician: '', date: localDate(now), condition: { text: '' }, redFlags: {},
    points: [], homeCare: [], notes: '', acknowledgements: [],
  };
}

/** A point with no technique chosen counts as needled: the safety check must not miss it. */
export function kbTechniques(technique: PlanTechniqueT): Technique[] {
  const used = TECHNIQUE_KEYS.filter((k) => technique[k] !== undefined).map((k) => KB_TECHNIQUE[k]);
  return used.length > 0 ? used : ['needling'];
}

export function toSafetyInput(plan: Plan): SafetyInput {
  return {
    patientFlags: plan.patient.flags,
    redFlags: plan.redFlags,
    points: plan.points.map((p) => ({ code: p.code, techniques: kbTechniques(p.technique) })),
    acknowledgements: plan.acknowledgements,
  };
}

/** Default settings when a technique is switched on (fields the schema requires get a common value). */
export function defaultTechnique<K extends TechniqueKey>(key: K): NonNullable<PlanTechniqueT[K]> {
  const defaults: { [T in TechniqueKey]-?: NonNullable<PlanTechniqueT[T]> } = {
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
