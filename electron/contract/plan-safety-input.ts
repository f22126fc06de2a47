// The plan document as the safety check sees it (points/safety/check-plan.ts): patient, stage, condition,
// red-flag answers, and per point its techniques (plan vocabulary → knowledge-base technique ids), depth
// and angle. Shared by the renderer, the print route and the plan:check CLI, so all three check the same.
import type { z } from 'zod';
import type { SafetyInput } from '../../points/safety/check-plan';
import type { Technique } from '../../points/schema/common';
import type { Plan, PlanTechnique } from './plan';

export type TechniqueKey = keyof z.infer<typeof PlanTechnique>;
export const TECHNIQUE_KEYS: readonly TechniqueKey[] = ['needling', 'moxibustion', 'cupping', 'electro'];

const KB_TECHNIQUE: Record<TechniqueKey, Technique> = {
  needling: 'needling',
  moxibustion: 'moxibustion',
  cupping: 'cupping',
  electro: 'electro-acupuncture',
};

/** A point with no technique chosen counts as needled: the safety check must not miss it. */
export function kbTechniques(technique: z.infer<typeof PlanTechnique>): Technique[] {
  const used = TECHNIQUE_KEYS.filter((k) => technique[k] !== undefined).map((k) => KB_TECHNIQUE[k]);
  return used.length > 0 ? used : ['needling'];
}

export function toSafetyInput(plan: Plan): SafetyInput {
  const { flags, sex, gestationalWeek } = plan.patient;
  return {
    patientFlags: flags,
    sex,
    ...(gestationalWeek !== undefined ? { gestationalWeek } : {}),
    ...(plan.condition.id ? { conditionId: plan.condition.id } : {}),
    redFlags: plan.redFlags,
    points: plan.points.map((p) => {
      const { angle, depthCun } = p.technique.needling ?? {};
      return {
        code: p.code,
        techniques: kbTechniques(p.technique),
        ...(angle ? { angle } : {}),
        ...(depthCun !== undefined ? { depthCun } : {}),
      };
    }),
    acknowledgements: plan.acknowledgements,
  };
}
