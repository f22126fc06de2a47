// The knowledge-base parts the plan builder uses, and condition templates resolved from it.
import { loadKnowledgeBase } from '../../points/knowledge-base';
import type { Condition } from '../../points/schema/condition';
import type { ConditionTemplate } from './plan-commands';

export const planKb = () => loadKnowledgeBase();

/** Home-care advice as it is stored in the plan: one plain-text line per item. */
export function homeCareText(id: string): string | undefined {
  const item = planKb().homeCare.find((h) => h.id === id);
  return item ? `${item.title}: ${item.summary}` : undefined;
}

export function conditionTemplate(condition: Condition): ConditionTemplate {
  return {
    id: condition.id,
    name: condition.name,
    points: condition.points.map((p) => p.code),
    homeCare: condition.homeCare.map(homeCareText).filter((t): t is string => t !== undefined),
    // the plan allows 5–240 whole minutes; the template's lower bound is the starting suggestion
    sessionMinutes: Math.min(240, Math.max(5, Math.round(condition.course.sessionMinutes[0]))),
  };
}
