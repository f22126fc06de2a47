// Caution rules for the plan safety check (points/data/caution-rules.json) — data, not code.
// A rule fires for a plan item (one point treated with one technique) for a patient when every
// clause present in `when` matches; an absent clause matches anything:
//   patientFlags — the patient has ANY of these flag ids (absent: every patient);
//   techniques   — the item's technique is one of these (absent: any technique);
//   points       — the item's point is in `codes` or in one of the point `sets` (absent: any point).
// A point set is data too: explicit codes plus inclusive number ranges on a channel.
import { z } from 'zod';
import { Channel, Severity, Technique } from './point';
import { PointCode, RecordId, sourced } from './common';

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

export const PointRange = z.strictObject({
  channel: Channel,
  from: z.number().int().positive(),
  to: z.number().int().positive(),
}).refine((r) => r.from <= r.to, 'range from > to');
export type PointRange = z.infer<typeof PointRange>;

/** A named group of points, e.g. "points on the lower abdomen". */
export const PointSet = z.strictObject({
  id: RecordId,
  label: z.string().min(1),
  description: z.string().min(1),
  ranges: z.array(PointRange),
  codes: z.array(PointCode),
  ...sourced,
}).refine((s) => s.ranges.length + s.codes.length > 0, 'a point set needs ranges or codes');
export type PointSet = z.infer<typeof PointSet>;

export const PointSelector = z.strictObject({
  codes: z.array(PointCode).optional(),
  sets: z.array(RecordId).optional(),
}).refine((p) => (p.codes?.length ?? 0) + (p.sets?.length ?? 0) > 0, 'a point selector needs codes or sets');
export type PointSelector = z.infer<typeof PointSelector>;

export const RuleMatch = z.strictObject({
  patientFlags: z.array(RecordId).min(1).optional(),
  techniques: z.array(Technique).min(1).optional(),
  points: PointSelector.optional(),
});
export type RuleMatch = z.infer<typeof RuleMatch>;

export const CautionRule = z.strictObject({
  id: RecordId,
  severity: Severity,
  /** what the clinician reads in the plan check and the PDF */
  message: z.string().min(1),
  when: RuleMatch,
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
