// Red flags (points/data/red-flags.json): findings that mean "refer before treating". Each one is
// shown in the plan check when ticked on the patient, and the intake screen asks about all of them.
import { z } from 'zod';
import { RecordId, sourced } from './common';

export const RED_FLAGS_SCHEMA_VERSION = 1;

export const RedFlag = z.strictObject({
  id: RecordId,
  label: z.string().min(1),
  /** what to ask or check, in the clinician's words */
  ask: z.string().min(1),
  /** the symptom in the patient's words, for the handout's "seek urgent care" list; absent for a finding
   *  the patient cannot notice later (a history, an age) */
  patient: z.string().min(1).optional(),
  /** why it matters: the condition it may signal */
  concern: z.string().min(1),
  /** emergency: same day (A&E); urgent: within days; soon: medical assessment before continuing */
  urgency: z.enum(['emergency', 'urgent', 'soon']),
  action: z.literal('refer-before-treating'),
  /** the referral, in the words the plan shows ("Refer the same day to emergency care …") */
  refer: z.string().min(1),
  /** asked in every plan whose condition is not chosen (otherwise a condition's own red flags are asked) */
  general: z.boolean().optional(),
  ...sourced,
});
export type RedFlag = z.infer<typeof RedFlag>;

export const RedFlagsFile = z.strictObject({
  schemaVersion: z.literal(RED_FLAGS_SCHEMA_VERSION),
  redFlags: z.array(RedFlag).min(1),
});
export type RedFlagsFile = z.infer<typeof RedFlagsFile>;
