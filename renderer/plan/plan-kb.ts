// The knowledge-base parts the plan builder uses, and condition templates resolved from it.
import { kb } from '../data/knowledge';
import type { Condition, HomeCare } from '../../points/schema/condition';
import type { ConditionTemplate } from './plan-commands';
import type { PlanTechnique } from '../../electron/contract/plan';

/** The knowledge base (renderer/data/knowledge.ts), under the name the plan code knows it by. */
export const planKb = kb;

/** Home-care advice as it is stored in the plan: one plain-text line per item. */
export function homeCareText(id: string): string | undefined {
  const item = planKb().homeCare.find((h) => h.id === id);
  return item ? `${item.title}: ${item.summary}` : undefined;
}

/** The knowledge-base item a plan's advice line was added from, if it was not typed or edited since. */
export function homeCareRecord(line: string): HomeCare | undefined {
  return planKb().homeCare.find((h) => homeCareText(h.id) === line);
}

/** How a newly added point starts: needled at the angle and the shallow end of the depth its record gives
 *  first (the clinician adjusts); a never-needled point starts with no technique chosen. The records give
 *  no retention time, so that stays empty. */
export function recordTechnique(code: string): PlanTechnique {
  const record = planKb().points.find((p) => p.code === code);
  const first = record?.needling[0];
  if (record?.notNeedled) return {};
  return { needling: first ? { angle: first.angle, depthCun: first.depthCun[0] } : {} };
}

/** What "Add its points" adds: every point of the condition, or only `only` (the ones ticked). */
export function conditionTemplate(condition: Condition, only?: ReadonlySet<string>): ConditionTemplate {
  const points = [...new Set(condition.points.map((p) => p.code))].filter((c) => !only || only.has(c));
  return {
    id: condition.id,
    name: condition.name,
    points,
    techniques: Object.fromEntries(points.map((c) => [c, recordTechnique(c)])),
    homeCare: condition.homeCare.map(homeCareText).filter((t): t is string => t !== undefined),
    // the plan allows 5–240 whole minutes; the template's lower bound is the starting suggestion
    sessionMinutes: Math.min(240, Math.max(5, Math.round(condition.course.sessionMinutes[0]))),
  };
}
