// The one derivation: the caution rules (caution-rules.json) and every caution written on a point record
// become one list of rules that the plan check applies with the same code. A record caution that names a
// risk region is carried by that region's rules (kb-checks.ts holds the two in step); every other record
// caution becomes a rule for its own point; one that names the rule stating it for a group of points is
// carried by that rule. Nothing with a severity exists only as prose.
import type { KnowledgeBase } from '../knowledge-base';
import type { CautionRule } from '../schema/caution-rule';
import type { PointRecord } from '../schema/point';

export type SafetyKb = Pick<KnowledgeBase, 'cautionRules' | 'pointSets' | 'redFlags' | 'points' | 'conditions'>;

/** The rule a record caution becomes; `record` keeps the link back for tests and the detail panel. */
export interface DerivedRule extends CautionRule {
  record?: { code: string; index: number };
}

/** Rule id of the n-th (0-based) caution of a record: "caution-2" (the finding id adds "@CODE"). */
export const recordRuleId = (index: number): string => `caution-${index + 1}`;

export function recordRules(point: PointRecord): DerivedRule[] {
  return point.cautions.flatMap((c, index): DerivedRule[] => {
    if (c.when.region || c.when.rule) return [];
    const { region: _region, rule: _rule, ...clauses } = c.when;
    return [
      {
        id: recordRuleId(index),
        severity: c.severity,
        message: c.text,
        sources: c.sources,
        when: { ...clauses, points: { codes: [point.code] } },
        // a record's own depth warning says more than the general "deeper than the record" one
        ...(c.when.depth ? { supersedes: ['depth-beyond-record'] } : {}),
        record: { code: point.code, index },
      },
    ];
  });
}

const cache = new WeakMap<SafetyKb, DerivedRule[]>();

/** Every rule the plan check applies: the knowledge base's rules, then each record's own cautions. */
export function safetyRules(kb: SafetyKb): DerivedRule[] {
  let rules = cache.get(kb);
  if (!rules) {
    rules = [...kb.cautionRules, ...kb.points.flatMap(recordRules)];
    cache.set(kb, rules);
  }
  return rules;
}
