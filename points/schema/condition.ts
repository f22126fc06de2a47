// Conditions / protocols (points/data/conditions.json) and home-care advice (points/data/home-care.json).
// A condition lists suggested points with their role, techniques, the course of treatment, the
// home care to give the patient and the red flags to screen for before treating.
import { z } from 'zod';
import { Technique } from './common';
import { PointCode, RecordId, range, sourced } from './common';

export const CONDITIONS_SCHEMA_VERSION = 1;
export const HOME_CARE_SCHEMA_VERSION = 1;

export const ConditionPoint = z.strictObject({
  code: PointCode,
  /** primary: the local/main point for the condition; supporting: distal or systemic support */
  role: z.enum(['primary', 'supporting']),
  why: z.string().min(1),
});
export type ConditionPoint = z.infer<typeof ConditionPoint>;

export const ConditionTechnique = z.strictObject({
  technique: Technique,
  text: z.string().min(1),
  /** the points the technique is applied to, when the source names them */
  points: z.array(PointCode).optional(),
});
export type ConditionTechnique = z.infer<typeof ConditionTechnique>;

export const Course = z.strictObject({
  visits: range(1),
  sessionMinutes: range(1),
  frequency: z.string().min(1),
  note: z.string().optional(),
});
export type Course = z.infer<typeof Course>;

export const Condition = z.strictObject({
  id: RecordId,
  name: z.string().min(1),
  /** other words a clinician may type: "sciatica", "piriformis" … */
  searchTerms: z.array(z.string().min(1)),
  /** the nerve(s) involved */
  nerves: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  causes: z.array(z.string().min(1)).min(1),
  symptoms: z.array(z.string().min(1)).min(1),
  points: z.array(ConditionPoint).min(1),
  /** pairing ids (points/data/pairings.json) */
  pairings: z.array(RecordId),
  techniques: z.array(ConditionTechnique),
  course: Course,
  /** home-care ids (points/data/home-care.json) */
  homeCare: z.array(RecordId),
  /** red-flag ids (points/data/red-flags.json) to screen for before treating */
  redFlags: z.array(RecordId).min(1),
  notes: z.array(z.string().min(1)).optional(),
  ...sourced,
});
export type Condition = z.infer<typeof Condition>;

export const ConditionsFile = z.strictObject({
  schemaVersion: z.literal(CONDITIONS_SCHEMA_VERSION),
  conditions: z.array(Condition).min(1),
});
export type ConditionsFile = z.infer<typeof ConditionsFile>;

export const HomeCare = z.strictObject({
  id: RecordId,
  kind: z.enum(['rest', 'temperature', 'stretch', 'strengthening', 'nerve-glide', 'posture', 'sleep', 'medication', 'lifestyle']),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** numbered steps for an exercise */
  steps: z.array(z.string().min(1)).optional(),
  /** how long to hold a stretch or apply ice/heat, in seconds */
  holdSeconds: range(1).optional(),
  /** how often / how many times, in words */
  repeat: z.string().optional(),
  /** when in the course of the problem, e.g. "first 48 hours" */
  timing: z.string().optional(),
  bothSides: z.boolean().optional(),
  cautions: z.array(z.string().min(1)).optional(),
  /** patients for whom this advice is unsafe as written: the plan marks it when the flag is ticked */
  unsafeFor: z.array(z.strictObject({
    patientFlags: z.array(RecordId).min(1),
    /** for pregnancy: from this gestational week (unknown week: marked) */
    pregnancyFromWeek: z.number().int().min(1).max(42).optional(),
    text: z.string().min(1),
    ...sourced,
  })).optional(),
  ...sourced,
});
export type HomeCare = z.infer<typeof HomeCare>;

export const HomeCareFile = z.strictObject({
  schemaVersion: z.literal(HOME_CARE_SCHEMA_VERSION),
  homeCare: z.array(HomeCare).min(1),
});
export type HomeCareFile = z.infer<typeof HomeCareFile>;
