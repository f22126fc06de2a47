// The machine-readable condition under which a caution applies — one vocabulary for the cautions written
// on point records and for the caution rules, so both reach the plan check through the same code
// (points/safety/). Every clause present must match; an absent clause matches anything.
import { z } from 'zod';
import { Angle, RecordId, Technique } from './common';

/** Gestational weeks: 1–42. "After the third month" in the classical texts is taken as week 13 on. */
const Week = z.number().int().min(1).max(42);

export const whenClauses = {
  /** the patient has ANY of these flags (caution-rules.json patientFlags) */
  patientFlags: z.array(RecordId).min(1).optional(),
  /** the point is treated with one of these techniques */
  techniques: z.array(Technique).min(1).optional(),
  /** pregnant from this gestational week on; with the week unknown the clause matches (strictest stage) */
  pregnancyFromWeek: Week.optional(),
  /** pregnant before this week; with the week unknown it does not match (a stricter clause covers it) */
  pregnancyBeforeWeek: Week.optional(),
  /** the planned depth is deeper than the deepest needling the point's record lists */
  depth: z.literal('beyond-record').optional(),
  /** the planned needle angle is one of these */
  angles: z.array(Angle).min(1).optional(),
  /** the planned needle angle is one the point's record does not list */
  angle: z.literal('not-in-record').optional(),
  /** the patient's recorded sex */
  sex: z.enum(['female', 'male']).optional(),
};

/** A record caution's condition. `region` names the risk region (a point set) the caution belongs to: the
 *  point set must hold the point, and the region's rules produce the finding. `rule` names the one caution
 *  rule that states this caution for a group of points (e.g. the points forbidden in pregnancy): that rule
 *  must cover the point, and it produces the finding — so the same warning is never listed twice. */
export const CautionWhen = z
  .strictObject({ ...whenClauses, region: RecordId.optional(), rule: RecordId.optional() })
  .refine(
    (w) => !(w.pregnancyFromWeek ?? w.pregnancyBeforeWeek) || (w.patientFlags ?? []).includes('pregnancy'),
    'a pregnancy stage needs patientFlags ["pregnancy"]',
  );
export type CautionWhen = z.infer<typeof CautionWhen>;
