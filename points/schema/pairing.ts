// Point pairings / combinations (points/data/pairings.json): which points are used together, for what
// and why — pairs, and the named formulas of more than two points (Four Gates, the command points, the
// four seas). `rationaleKind` names the principle in the clinician's terms; `origin` says whether one of
// the source web articles names the pairing or it is a classical combination; `evidence.label` how strong
// its support is (classical for the textbook tradition, clinic-opinion where a clinic page is the only source).
import { z } from 'zod';
import { Technique } from './common';
import { EvidenceLabel } from './condition';
import { PointCode, RecordId, sourced } from './common';

export const PAIRINGS_SCHEMA_VERSION = 2;

/** The principle a combination rests on, as the textbooks name it. */
export const RATIONALE_KINDS = [
  'local-distal',
  'same-channel',
  'interior-exterior',
  'yuan-luo',
  'shu-mu',
  'confluent',
  'he-sea',
  'named-formula',
  'adjacent',
  'above-below',
  'front-back',
  'left-right',
  'five-element',
  'command-point',
  'empirical',
] as const;
export const RationaleKind = z.enum(RATIONALE_KINDS);
export type RationaleKind = z.infer<typeof RationaleKind>;

export const Pairing = z.strictObject({
  id: RecordId,
  /** short display name, e.g. "Four Gates" or "GB30 + GB34" */
  name: z.string().min(1),
  points: z.array(PointCode).min(2),
  /** what the combination is for, one line */
  purpose: z.string().min(1),
  /** why it works, in our words */
  rationale: z.string().min(1),
  rationaleKind: RationaleKind,
  indications: z.array(z.string().min(1)).min(1),
  origin: z.enum(['source-article', 'classical']),
  /** condition ids (points/data/conditions.json) */
  conditions: z.array(RecordId).optional(),
  techniques: z.array(Technique).optional(),
  /** a safety remark specific to the combination (the caution rules still apply per point) */
  caution: z.string().optional(),
  evidence: z.strictObject({ label: EvidenceLabel }),
  ...sourced,
});
export type Pairing = z.infer<typeof Pairing>;

export const PairingsFile = z.strictObject({
  schemaVersion: z.literal(PAIRINGS_SCHEMA_VERSION),
  pairings: z.array(Pairing).min(1),
});
export type PairingsFile = z.infer<typeof PairingsFile>;
