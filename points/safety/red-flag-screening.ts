// Red-flag screening for one plan: which questions apply (the condition's own, or all when the plan has
// no known condition), which were answered, and a "refer before treating" finding for each "yes". An
// answer under a key the knowledge base does not know is never read as "no": it becomes a finding too.
import type { RedFlag } from '../schema/red-flag';
import type { SafetyKb } from './safety-rules';
import type { Finding } from './finding';

export interface RedFlagScreening {
  /** the red flags this plan should ask about, in knowledge-base order */
  relevant: string[];
  /** relevant red flags with no answer yet */
  unanswered: string[];
  /** answered "unknown" (asked, could not be answered) */
  unknown: string[];
  /** answered "yes" */
  yes: string[];
  /** answer keys that are not red flags of this knowledge base */
  unrecognised: string[];
}

/** The red flags a plan asks about: the chosen condition's own, or the general ones when no known
 *  condition is chosen — and always every question already answered, so no answer is ever hidden. */
export function relevantRedFlags(
  kb: Pick<SafetyKb, 'redFlags' | 'conditions'>,
  conditionId: string | undefined,
  answers: Readonly<Record<string, string>>,
): RedFlag[] {
  const condition = conditionId ? kb.conditions.find((c) => c.id === conditionId) : undefined;
  const asked = condition ? condition.redFlags : kb.redFlags.filter((f) => f.general).map((f) => f.id);
  const wanted = new Set([...asked, ...Object.keys(answers)]);
  return kb.redFlags.filter((f) => wanted.has(f.id));
}

export function screenRedFlags(
  kb: Pick<SafetyKb, 'redFlags' | 'conditions'>,
  conditionId: string | undefined,
  answers: Readonly<Record<string, string>>,
): { screening: RedFlagScreening; findings: Finding[] } {
  const relevant = relevantRedFlags(kb, conditionId, answers);
  const known = new Set(kb.redFlags.map((f) => f.id));
  const findings: Finding[] = relevant
    .filter((f) => answers[f.id] === 'yes')
    .map((f) => ({
      id: `red-flag@${f.id}`,
      severity: 'refer',
      ruleId: f.id,
      codes: [],
      techniques: [],
      sources: f.sources,
      message: `${f.label} (${f.urgency === 'emergency' ? 'emergency: same day' : f.urgency === 'urgent' ? 'urgent: within days' : 'medical assessment before continuing'}). ${f.concern} ${f.refer}`,
    }));
  const unrecognised = Object.keys(answers).filter((k) => !known.has(k));
  for (const key of unrecognised) {
    findings.push({
      id: `unknown-red-flag@${key}`,
      severity: 'refer',
      ruleId: 'unknown-red-flag',
      codes: [],
      techniques: [],
      sources: [],
      message: `The plan holds a red-flag answer ("${answers[key]}") under "${key}", a question this app does not know. It cannot be read as "no": ask the patient again.`,
    });
  }
  return {
    findings,
    screening: {
      relevant: relevant.map((f) => f.id),
      unanswered: relevant.filter((f) => answers[f.id] === undefined).map((f) => f.id),
      unknown: relevant.filter((f) => answers[f.id] === 'unknown').map((f) => f.id),
      yes: relevant.filter((f) => answers[f.id] === 'yes').map((f) => f.id),
      unrecognised,
    },
  };
}
