// Caution rules for the plan safety check (points/data/caution-rules.json) — data, not code.
// A rule fires for a plan item (one point treated with its techniques) for a patient when every
// clause present in `when` matches; an absent clause matches anything. The clauses are those of
// safety-when.ts (patient flags, techniques, pregnancy stage, depth beyond the record, angle, sex) plus
//   points — the item's point is in `codes` or in one of the point `sets` (absent: any point).
// A point set is data too: explicit codes plus inclusive number ranges on a channel. A `risk-region` set
// and the point records agree both ways: each point in it has a caution naming the region, and each
// caution naming the region is on a point of the set (kb-checks.ts).
import { z } from 'zod';
import { Channel } from './point';
import { PointCode, RecordId, Severity, sourced } from './common';
import { whenClauses } from './safety-when';

export const CAUTION_RULES_SCHEMA_VERSION = 1;

/** Something the clinician can tick on the patient: a condition, medication, device, history or state. */
export const PatientFlag = z.strictObject({
  id: RecordId,
  label: z.string().min(1),
  kind: z.enum(['condition', 'medication', 'device', 'history', 'state']),
  description: z.string().min(1),
  ...sourced,
});
export type PatientFlag = z.infer<typeof PatientFlag>;

export const PointRange = z
  .strictObject({
    channel: Channel,
    from: z.number().int().positive(),
    to: z.number().int().positive(),
  })
  .refine((r) => r.from <= r.to, 'range from > to');
export type PointRange = z.infer<typeof PointRange>;

/** A named group of points, e.g. "points on the lower abdomen". */
export const PointSet = z
  .strictObject({
    id: RecordId,
    /** risk-region: an anatomical risk the records state (lung, abdomen in pregnancy…); body-part: a
     *  part of the body a patient flag concerns (the arm with lymphoedema) */
    kind: z.enum(['risk-region', 'body-part']),
    label: z.string().min(1),
    description: z.string().min(1),
    ranges: z.array(PointRange),
    codes: z.array(PointCode),
    ...sourced,
  })
  .refine((s) => s.ranges.length + s.codes.length > 0, 'a point set needs ranges or codes');
export type PointSet = z.infer<typeof PointSet>;

export const PointSelector = z
  .strictObject({
    codes: z.array(PointCode).optional(),
    sets: z.array(RecordId).optional(),
  })
  .refine((p) => (p.codes?.length ?? 0) + (p.sets?.length ?? 0) > 0, 'a point selector needs codes or sets');
export type PointSelector = z.infer<typeof PointSelector>;

export const RuleMatch = z.strictObject({ ...whenClauses, points: PointSelector.optional() });
export type RuleMatch = z.infer<typeof RuleMatch>;

export const CautionRule = z.strictObject({
  id: RecordId,
  severity: Severity,
  /** what the clinician reads in the plan check and the PDF */
  message: z.string().min(1),
  when: RuleMatch,
  /** rules this one replaces at a point where both fire (a specific warning over a general one) */
  supersedes: z.array(RecordId).optional(),
  ...sourced,
});
export type CautionRule = z.infer<typeof CautionRule>;

export const CautionRulesFile = z.strictObject({
  schemaVersion: z.literal(CAUTION_RULES_SCHEMA_VERSION),
  patientFlags: z.array(PatientFlag).min(1),
  pointSets: z.array(PointSet),
  rules: z.array(CautionRule).min(1),
});
export type CautionRulesFile = z.infer<typeof CautionRulesFile>;

/** Every code a point set stands for (ranges expanded in order, then explicit codes), without duplicates. */
export function expandPointSet(set: Pick<PointSet, 'ranges' | 'codes'>): string[] {
  const out = new Set<string>();
  for (const r of set.ranges) for (let n = r.from; n <= r.to; n++) out.add(`${r.channel}${n}`);
  for (const c of set.codes) out.add(c);
  return [...out];
}
