// Conditions / protocols (points/data/conditions.json) and home-care advice (points/data/home-care.json).
// A condition lists suggested points by role (local, distal, by pattern) with the reason, techniques, the
// course of treatment, the home care to give the patient, the red flags to screen for before treating, and
// the evidence for acupuncture in it, labelled (guideline … clinic opinion).
import { z } from 'zod';
import { Technique } from './common';
import { PointCode, RecordId, range, sourced } from './common';

export const CONDITIONS_SCHEMA_VERSION = 2;
export const HOME_CARE_SCHEMA_VERSION = 1;
export const OTHER_OPTIONS_SCHEMA_VERSION = 1;

/** Where a condition sits in the condition list (one heading each). */
export const CONDITION_CATEGORIES = [
  'musculoskeletal',
  'headache-face',
  'neuropathic',
  'post-operative',
  'nausea',
  'digestive',
  'mental-health',
  'gynaecological-obstetric',
  'respiratory-allergic',
  'ent-eye',
  'neurological',
  'urinary',
  'addiction',
  'general',
] as const;
export const ConditionCategory = z.enum(CONDITION_CATEGORIES);

/** How strong the support for a claim is, strongest first (CLINICAL_CONTENT.md). */
export const EVIDENCE_LABELS = ['guideline', 'systematic-review', 'trial', 'classical', 'clinic-opinion'] as const;
export const EvidenceLabel = z.enum(EVIDENCE_LABELS);
export type EvidenceLabel = z.infer<typeof EvidenceLabel>;

/** What a condition's evidence says about acupuncture for it; the label is the strongest kind of source
 *  cited, and the text names the body, number and year. */
export const Evidence = z.strictObject({
  label: EvidenceLabel,
  /** supports; mixed; against (a guideline advises against it: said, never hidden); insufficient */
  direction: z.enum(['supports', 'mixed', 'against', 'insufficient']),
  text: z.string().min(1),
  ...sourced,
});
export type Evidence = z.infer<typeof Evidence>;

export const ConditionPoint = z
  .strictObject({
    code: PointCode,
    /** local: at or near the problem; distal: along the channel, away from it; pattern: for one TCM pattern */
    role: z.enum(['local', 'distal', 'pattern']),
    /** the pattern the point treats, for role "pattern" only ("Liver yang rising") */
    pattern: z.string().min(1).optional(),
    why: z.string().min(1),
  })
  .refine(
    (p) => (p.role === 'pattern') === (p.pattern !== undefined),
    'a "pattern" point names its pattern, and only it',
  );
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
  category: ConditionCategory,
  /** other words a clinician or patient may type: "sciatica", "period pain", "dysmenorrhoea" … */
  searchTerms: z.array(z.string().min(1)).min(1),
  /** a clinician's summary */
  summary: z.string().min(1),
  /** red-flag ids (points/data/red-flags.json): asked in the plan when the condition is chosen */
  redFlags: z.array(RecordId).min(1),
  points: z.array(ConditionPoint).min(1),
  techniques: z.array(ConditionTechnique).optional(),
  course: Course,
  /** home-care ids (points/data/home-care.json) */
  homeCare: z.array(RecordId),
  evidence: Evidence,
  /** other treatments the clinician may discuss (points/data/other-options.json) */
  otherOptions: z.array(RecordId).optional(),
  notes: z.array(z.string().min(1)).optional(),
  ...sourced,
});
export type Condition = z.infer<typeof Condition>;

export const ConditionsFile = z.strictObject({
  schemaVersion: z.literal(CONDITIONS_SCHEMA_VERSION),
  conditions: z.array(Condition).min(1),
});
export type ConditionsFile = z.infer<typeof ConditionsFile>;

/** Other treatments named by the sources, for the clinician's information — never advice to the patient. */
export const OtherOption = z.strictObject({
  id: RecordId,
  kind: z.enum(['therapy', 'medicine', 'procedure']),
  title: z.string().min(1),
  text: z.string().min(1),
  ...sourced,
});
export type OtherOption = z.infer<typeof OtherOption>;

export const OtherOptionsFile = z.strictObject({
  schemaVersion: z.literal(OTHER_OPTIONS_SCHEMA_VERSION),
  options: z.array(OtherOption).min(1),
});
export type OtherOptionsFile = z.infer<typeof OtherOptionsFile>;

export const HomeCare = z.strictObject({
  id: RecordId,
  kind: z.enum([
    'rest',
    'temperature',
    'stretch',
    'strengthening',
    'nerve-glide',
    'posture',
    'sleep',
    'medication',
    'lifestyle',
  ]),
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
  unsafeFor: z
    .array(
      z.strictObject({
        patientFlags: z.array(RecordId).min(1),
        /** for pregnancy: from this gestational week (unknown week: marked) */
        pregnancyFromWeek: z.number().int().min(1).max(42).optional(),
        text: z.string().min(1),
        ...sourced,
      }),
    )
    .optional(),
  ...sourced,
});
export type HomeCare = z.infer<typeof HomeCare>;

export const HomeCareFile = z.strictObject({
  schemaVersion: z.literal(HOME_CARE_SCHEMA_VERSION),
  homeCare: z.array(HomeCare).min(1),
});
export type HomeCareFile = z.infer<typeof HomeCareFile>;
