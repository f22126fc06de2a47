// The live safety check: every rule of the one derivation (safety-rules.ts: the caution rules plus each
// point record's own cautions) and the red-flag screening applied to one plan. Pure and synchronous, so
// it runs on every edit, in the plan:check CLI and for the PDF alike. Point rules give one finding per
// point; technique rules one finding naming the points; patient rules one finding for the plan. Same
// message at the same point is reported once. Acknowledgements are matched by finding id and never
// dropped: one whose finding no longer fires is returned as stale. A referral cannot be acknowledged
// away: it needs a decision (referred / treated on the clinician's decision).
import type { Angle, Technique } from '../schema/common';
import { expandPointSet } from '../schema/caution-rule';
import type { PointRecord } from '../schema/point';
import { SEVERITY_ORDER, type Acknowledgement, type Finding } from './finding';
import { deepest, isPointRule, matchItem, matchPatient, type PatientContext, type PlanItem } from './match-rule';
import { screenRedFlags, type RedFlagScreening } from './red-flag-screening';
import { safetyRules, type DerivedRule, type SafetyKb } from './safety-rules';

export interface SafetyInput {
  patientFlags: readonly string[];
  sex?: string;
  /** completed weeks of pregnancy, when known */
  gestationalWeek?: number;
  /** the plan's condition (knowledge-base id): decides which red flags apply */
  conditionId?: string;
  /** red-flag id → screening answer; only "yes" refers, an unknown key is never read as "no" */
  redFlags: Readonly<Record<string, string>>;
  points: ReadonlyArray<{ code: string; techniques: readonly Technique[]; depthCun?: number; angle?: Angle }>;
  acknowledgements: readonly Acknowledgement[];
}

export interface SafetyReport {
  findings: Finding[];
  staleAcknowledgements: readonly Acknowledgement[];
  /** true when a red flag was answered yes (or an answer could not be read): refer before treating */
  referBeforeTreating: boolean;
  redFlags: RedFlagScreening;
}

const ASSUMED_STAGE = ' (Gestational week not recorded: the strictest stage is assumed.)';

/** Repeats of a code in the plan become one item: all techniques, the deepest depth, every angle. */
function planItems(points: SafetyInput['points']): PlanItem[] {
  const byCode = new Map<string, PlanItem>();
  for (const p of points) {
    const prev = byCode.get(p.code);
    const depths = [prev?.depthCun, p.depthCun].filter((d): d is number => d !== undefined);
    byCode.set(p.code, {
      code: p.code,
      techniques: [...new Set([...(prev?.techniques ?? []), ...p.techniques])],
      ...(depths.length > 0 ? { depthCun: Math.max(...depths) } : {}),
      angles: [...new Set([...(prev?.angles ?? []), ...(p.angle ? [p.angle] : [])])],
    });
  }
  return [...byCode.values()];
}

function applyRule(
  rule: DerivedRule,
  patient: PatientContext,
  items: readonly PlanItem[],
  inSet: (set: string, code: string) => boolean,
  records: ReadonlyMap<string, PointRecord>,
): Finding[] {
  const who = matchPatient(rule.when, patient);
  if (!who.ok) return [];
  const { points: selector } = rule.when;
  const forPatient = rule.when.patientFlags !== undefined || rule.when.sex !== undefined;
  const base = {
    severity: rule.severity,
    message: rule.message + (who.assumedStage ? ASSUMED_STAGE : ''),
    ruleId: rule.id,
    sources: rule.sources,
    ...(forPatient ? { forPatient } : {}),
  };
  const hits = items
    .filter(
      (p) =>
        !selector || (selector.codes?.includes(p.code) ?? false) || (selector.sets ?? []).some((s) => inSet(s, p.code)),
    )
    .flatMap((p) => {
      const m = matchItem(rule.when, p, records.get(p.code));
      return m.ok ? [{ code: p.code, techniques: m.techniques }] : [];
    });
  if (isPointRule(rule.when)) {
    return hits.map((h) => ({
      ...base,
      id: `${rule.id}@${h.code}`,
      codes: [h.code],
      techniques: h.techniques,
      message:
        base.message +
        (rule.when.depth
          ? depthDetail(
              items.find((i) => i.code === h.code),
              records.get(h.code),
            )
          : ''),
    }));
  }
  if (rule.when.techniques) {
    if (hits.length === 0) return [];
    return [
      {
        ...base,
        id: rule.id,
        codes: hits.map((h) => h.code),
        techniques: [...new Set(hits.flatMap((h) => h.techniques))],
      },
    ];
  }
  return [{ ...base, id: rule.id, codes: [], techniques: [] }];
}

const depthDetail = (item: PlanItem | undefined, record: PointRecord | undefined): string =>
  ` (Planned ${item?.depthCun ?? '?'} cun; the record lists up to ${deepest(record) ?? 0} cun.)`;

/** A specific rule replaces the general one it names at the same point; the same message at the same
 *  point (or for the whole plan) is kept once, at its highest severity. */
function mergeFindings(findings: Finding[], rules: readonly DerivedRule[]): Finding[] {
  const superseded = new Set<string>();
  const supersedes = new Map(rules.filter((r) => r.supersedes).map((r) => [r.id, r.supersedes ?? []]));
  for (const f of findings)
    for (const s of supersedes.get(f.ruleId) ?? []) for (const c of f.codes) superseded.add(`${s}@${c}`);
  const kept = new Map<string, Finding>();
  for (const f of findings) {
    if (superseded.has(f.id)) continue;
    const key = `${f.codes.join(',')}|${f.message}`;
    const prev = kept.get(key);
    if (!prev) kept.set(key, f);
    else if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(prev.severity)) kept.set(key, f);
  }
  return [...kept.values()];
}

export function checkPlan(kb: SafetyKb, input: SafetyInput): SafetyReport {
  const patient: PatientContext = {
    flags: new Set(input.patientFlags),
    sex: input.sex ?? 'unspecified',
    ...(input.patientFlags.includes('pregnancy') && input.gestationalWeek !== undefined
      ? { gestationalWeek: input.gestationalWeek }
      : {}),
  };
  const sets = new Map(kb.pointSets.map((s) => [s.id, new Set(expandPointSet(s))]));
  const inSet = (set: string, code: string): boolean => sets.get(set)?.has(code) ?? false;
  const records = new Map(kb.points.map((p) => [p.code, p]));
  const items = planItems(input.points);
  const rules = safetyRules(kb);
  const screening = screenRedFlags(kb, input.conditionId, input.redFlags);
  // A code the reference does not know (a hand-edited file, a typo) is kept in the plan, never ignored.
  const unknown: Finding[] = items
    .filter((p) => !records.has(p.code))
    .map((p) => ({
      id: `unknown-point@${p.code}`,
      severity: 'caution',
      ruleId: 'unknown-point',
      codes: [p.code],
      techniques: [...p.techniques],
      sources: [],
      message: `${p.code} is not a point of this reference: no caution can be checked for it. Check the code.`,
    }));
  const findings = [
    ...screening.findings,
    ...unknown,
    ...mergeFindings(
      rules.flatMap((r) => applyRule(r, patient, items, inSet, records)),
      rules,
    ),
  ];

  const acks = new Map(input.acknowledgements.map((a) => [a.findingId, a]));
  const used = new Set<string>();
  for (const f of findings) {
    const ack = acks.get(f.id);
    // a referral is answered only by a decision, never by a plain acknowledgement
    if (!ack || (f.severity === 'refer' && !ack.decision)) continue;
    f.acknowledged = { reason: ack.reason, at: ack.at, ...(ack.decision ? { decision: ack.decision } : {}) };
    used.add(f.id);
  }
  findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return {
    findings,
    staleAcknowledgements: input.acknowledgements.filter((a) => !used.has(a.findingId)),
    referBeforeTreating: findings.some((f) => f.severity === 'refer'),
    redFlags: screening.screening,
  };
}

/** The findings a point would have in this plan, for the detail panel and "Add to plan": the plan with
 *  the point added (needled, as "Add to plan" adds it) unless it is already there. */
export function findingsForPoint(kb: SafetyKb, input: SafetyInput, code: string): Finding[] {
  const inPlan = input.points.some((p) => p.code === code);
  const points = inPlan ? input.points : [...input.points, { code, techniques: ['needling'] as Technique[] }];
  return checkPlan(kb, { ...input, points }).findings.filter((f) => f.codes.includes(code));
}
