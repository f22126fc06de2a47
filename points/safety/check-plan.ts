// The live safety check: the knowledge base's caution rules and red flags applied to one plan
// (patient flags × points × techniques). Pure and synchronous, so it can run on every edit.
// A rule with a `points` clause gives one finding per matching point; with only `techniques`, one per
// technique used; with neither, one for the whole plan. Acknowledgements are matched by finding id
// and never dropped: one whose finding no longer fires is returned as stale.
import type { KnowledgeBase } from '../knowledge-base';
import { expandPointSet, type CautionRule } from '../schema/caution-rule';
import type { SourceRef, Technique } from '../schema/point';

export type FindingSeverity = 'refer' | 'contraindicated' | 'caution' | 'note';
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['refer', 'contraindicated', 'caution', 'note'];

export interface SafetyInput {
  patientFlags: readonly string[];
  /** red-flag id → screening answer; only "yes" produces a finding */
  redFlags: Readonly<Record<string, string>>;
  points: ReadonlyArray<{ code: string; techniques: readonly Technique[] }>;
  acknowledgements: ReadonlyArray<{ findingId: string; reason: string; at: string }>;
}

export interface Finding {
  id: string;
  severity: FindingSeverity;
  message: string;
  ruleId: string;
  /** the plan points this finding is about (empty for whole-plan findings) */
  codes: string[];
  techniques: Technique[];
  sources: SourceRef[];
  acknowledged?: { reason: string; at: string };
}

export interface SafetyReport {
  findings: Finding[];
  staleAcknowledgements: SafetyInput['acknowledgements'];
  /** true when any red flag is present: treatment should wait for referral */
  referBeforeTreating: boolean;
}

type SafetyKb = Pick<KnowledgeBase, 'cautionRules' | 'pointSets' | 'redFlags'>;

export function checkPlan(kb: SafetyKb, input: SafetyInput): SafetyReport {
  const flags = new Set(input.patientFlags);
  const setCodes = new Map(kb.pointSets.map((s) => [s.id, new Set(expandPointSet(s))]));
  const findings: Finding[] = [];
  for (const flag of kb.redFlags) {
    if (input.redFlags[flag.id] !== 'yes') continue;
    findings.push({
      id: `red-flag@${flag.id}`, severity: 'refer', ruleId: flag.id, codes: [], techniques: [], sources: flag.sources,
      message: `Refer before treating — ${flag.label}: ${flag.concern}`,
    });
  }
  for (const rule of kb.cautionRules) findings.push(...applyRule(rule, flags, setCodes, input.points));

  const acks = new Map(input.acknowledgements.map((a) => [a.findingId, a]));
  for (const f of findings) {
    const ack = acks.get(f.id);
    if (ack) f.acknowledged = { reason: ack.reason, at: ack.at };
  }
  const live = new Set(findings.map((f) => f.id));
  findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return {
    findings,
    staleAcknowledgements: input.acknowledgements.filter((a) => !live.has(a.findingId)),
    referBeforeTreating: findings.some((f) => f.severity === 'refer'),
  };
}

function applyRule(
  rule: CautionRule,
  flags: ReadonlySet<string>,
  setCodes: ReadonlyMap<string, ReadonlySet<string>>,
  points: SafetyInput['points'],
): Finding[] {
  const { patientFlags, techniques, points: selector } = rule.when;
  if (patientFlags && !patientFlags.some((f) => flags.has(f))) return [];
  const pointMatches = (code: string): boolean =>
    !selector || (selector.codes?.includes(code) ?? false) || (selector.sets ?? []).some((s) => setCodes.get(s)?.has(code));
  const items = points
    .filter((p) => pointMatches(p.code))
    .map((p) => ({ code: p.code, techniques: techniques ? p.techniques.filter((t) => techniques.includes(t)) : [...p.techniques] }))
    .filter((p) => !techniques || p.techniques.length > 0);
  const base = { severity: rule.severity, message: rule.message, ruleId: rule.id, sources: rule.sources };
  if (selector) {
    return items.map((p) => ({ ...base, id: `${rule.id}@${p.code}`, codes: [p.code], techniques: p.techniques }));
  }
  if (techniques) {
    const used = [...new Set(items.flatMap((p) => p.techniques))];
    return used.map((t) => ({
      ...base, id: `${rule.id}@${t}`, techniques: [t], codes: items.filter((p) => p.techniques.includes(t)).map((p) => p.code),
    }));
  }
  return [{ ...base, id: rule.id, codes: [], techniques: [] }];
}
