// Point pairings / combinations (points/data/pairings.json): which points are used together, for what
// and why. `origin` says whether one of the source web articles names the pairing or it is a classical
// combination.
import { z } from 'zod';
import { Technique } from './common';
import { PointCode, RecordId, sourced } from './common';

export const PAIRINGS_SCHEMA_VERSION = 1;

export const Pairing = z.strictObject({
  id: RecordId,
  /** short display name, e.g. "Four Gates" or "GB30 + GB34" */
  name: z.string().min(1),
  points: z.array(PointCode).min(2),
  /** what the combination is for, one line */
  purpose: z.string().min(1),
  /** why it works, in our words */
  rationale: z.string().min(1),
  indications: z.array(z.string().min(1)).min(1),
  origin: z.enum(['source-article', 'classical']),
  /** condition ids (points/data/conditions.json) */
  conditions: z.array(RecordId).optional(),
  techniques: z.array(Technique).optional(),
  /** a safety remark specific to the combination (the caution rules still apply per point) */
  caution: z.string().optional(),
  ...sourced,
});
export type Pairing = z.infer<typeof Pairing>;

export const PairingsFile = z.strictObject({
  schemaVersion: z.literal(PAIRINGS_SCHEMA_VERSION),
  pairings: z.array(Pairing).min(1),
});
export type PairingsFile = z.infer<typeof PairingsFile>;
