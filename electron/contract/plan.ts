// The session plan document (versioned, validated on every load and save). It crosses the host boundary
// and is stored one file per plan (*.acuplan). Text the clinician types is plain text everywhere.
import { z } from 'zod';
import { cunScale, MEASURABLE_SCALE_IDS } from '../../points/anatomy/cun-scales';
import { RED_FLAG_IDS } from '../../points/red-flag-ids';
import { Angle, PointCode } from '../../points/schema/common';
import { isoDate, lineText, multiLineText } from './plan-text';

/** 2: gestational week, red-flag answers keyed by the knowledge base's ids, referral decisions.
 *  3: the patient's height, build and one measured body segment (for the body shown and centimetres). */
export const PLAN_SCHEMA_VERSION = 3;
export const PLAN_EXTENSION = '.acuplan';
/** Plans are small; anything bigger is not a plan file (and is never parsed). */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

const KNOWN_RED_FLAGS = new Set(RED_FLAG_IDS);
const isoTime = z.string().datetime({ offset: true });
/** a wall-clock appointment time: a real calendar date and a time of day, no time zone */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected YYYY-MM-DDTHH:MM')
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, 'not a real calendar date');

/** The plan's limits and technique options: the schema below and the plan editor both read them here. */
export const PLAN_LIMITS = {
  depthCun: { min: 0, max: 10 },
  retentionMin: { min: 0, max: 180 },
  treatmentMin: { min: 0, max: 60 },
  electroHz: { min: 0.5, max: 200 },
  electroMin: { min: 1, max: 60 },
  points: 100,
  homeCare: 50,
  heightCm: { min: 100, max: 250 },
  /** a measured segment, in cm per B-cun of its scale: beyond these it is a slip of the tape or the keys */
  cmPerCun: { min: 1, max: 4 },
} as const;
export const BUILDS = ['slim', 'average', 'broad'] as const;
export const STIMULATIONS = ['even', 'tonifying', 'reducing', 'none'] as const;
export const MOXA_KINDS = ['stick', 'cone', 'warm-needle', 'box'] as const;
export const CUP_KINDS = ['stationary', 'moving', 'flash'] as const;
const L = PLAN_LIMITS;

export const Needling = z.strictObject({
  angle: Angle.optional(),
  depthCun: z.number().min(L.depthCun.min).max(L.depthCun.max).optional(),
  gauge: lineText(20).optional(),
  retentionMin: z.number().int().min(L.retentionMin.min).max(L.retentionMin.max).optional(),
  stimulation: z.enum(STIMULATIONS).optional(),
});

export const PlanTechnique = z.strictObject({
  needling: Needling.optional(),
  moxibustion: z
    .strictObject({
      kind: z.enum(MOXA_KINDS),
      minutes: z.number().min(L.treatmentMin.min).max(L.treatmentMin.max).optional(),
    })
    .optional(),
  cupping: z
    .strictObject({
      kind: z.enum(CUP_KINDS),
      minutes: z.number().min(L.treatmentMin.min).max(L.treatmentMin.max).optional(),
    })
    .optional(),
  electro: z
    .strictObject({
      frequencyHz: z.number().min(L.electroHz.min).max(L.electroHz.max),
      minutes: z.number().min(L.electroMin.min).max(L.electroMin.max),
    })
    .optional(),
});

export type PlanTechnique = z.infer<typeof PlanTechnique>;

export const PlanPoint = z.strictObject({
  uid: lineText(64).min(1),
  code: PointCode,
  side: z.enum(['left', 'right', 'bilateral']),
  technique: PlanTechnique,
  note: multiLineText(4000),
});
export type PlanPoint = z.infer<typeof PlanPoint>;

export const Plan = z
  .strictObject({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9-]{8,64}$/, 'invalid plan id'),
    createdAt: isoTime,
    updatedAt: isoTime,
    patient: z
      .strictObject({
        name: lineText(200),
        birthYear: z.number().int().min(1900).max(2100).optional(),
        sex: z.enum(['female', 'male', 'other', 'unspecified']),
        /** caution flag ids from the knowledge base (pregnancy, anticoagulants, pacemaker, …) */
        flags: z.array(lineText(64)).max(100),
        /** completed weeks of pregnancy, when the patient is pregnant and the week is known */
        gestationalWeek: z.number().int().min(1).max(42).optional(),
        /** standing height in cm: the body shown is scaled to it, and B-cun in cm follow from it */
        heightCm: z.number().min(L.heightCm.min).max(L.heightCm.max).optional(),
        /** chooses the body shown (slim / average / broad) */
        build: z.enum(BUILDS).optional(),
        /** one segment measured on the patient (a B-cun scale, e.g. elbow crease to wrist crease), in cm */
        measured: z
          .strictObject({ scale: z.enum(MEASURABLE_SCALE_IDS), cm: z.number().positive().max(200) })
          .optional(),
      })
      .superRefine((patient, ctx) => {
        const m = patient.measured;
        const count = m ? cunScale(m.scale)?.cun : undefined;
        if (!m || !count) return;
        const perCun = m.cm / count;
        if (perCun < L.cmPerCun.min || perCun > L.cmPerCun.max) {
          ctx.addIssue({
            code: 'custom',
            path: ['measured', 'cm'],
            message: `${m.cm} cm over ${count} B-cun is ${perCun.toFixed(2)} cm per B-cun, outside ${L.cmPerCun.min}–${L.cmPerCun.max}: check the measurement`,
          });
        }
      }),
    clinician: lineText(200),
    date: isoDate,
    condition: z.strictObject({ id: lineText(64).optional(), text: lineText(500) }),
    /** red-flag screening: question id (points/data/red-flags.json) → answer. An answer under any other key
     *  is refused, never read as "no". */
    redFlags: z.record(lineText(64), z.enum(['yes', 'no', 'unknown'])).superRefine((answers, ctx) => {
      const unknown = Object.keys(answers).filter((k) => !KNOWN_RED_FLAGS.has(k));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `answers to red-flag questions this app does not know (${unknown.map((k) => `"${k}"`).join(', ')}) — they cannot be read as "no"`,
        });
      }
    }),
    points: z
      .array(PlanPoint)
      .max(L.points)
      .superRefine((points, ctx) => {
        const seen = new Set<string>();
        for (const [i, p] of points.entries()) {
          if (seen.has(p.uid))
            ctx.addIssue({ code: 'custom', path: [i, 'uid'], message: `two points share the uid "${p.uid}"` });
          seen.add(p.uid);
        }
      }),
    sessionMinutes: z.number().int().min(5).max(240).optional(),
    course: z
      .strictObject({ sessions: z.number().int().min(1).max(100), perWeek: z.number().min(0.25).max(7) })
      .optional(),
    /** the next appointment, local date and time as the clinician typed it ("2026-12-09T14:30"), for the handout */
    nextAppointment: localDateTime.optional(),
    homeCare: z.array(multiLineText(2000)).max(L.homeCare),
    notes: multiLineText(20000),
    /** safety findings the clinician acknowledged, with the reason — kept, never silently dropped */
    acknowledgements: z
      .array(
        z.strictObject({
          findingId: lineText(200),
          reason: multiLineText(2000).min(1),
          at: isoTime,
          /** a "refer before treating" finding is answered only by a decision: referred, or treated anyway */
          decision: z.enum(['referred', 'treat-anyway']).optional(),
        }),
      )
      .max(500),
  })
  .superRefine((plan, ctx) => {
    if (Date.parse(plan.createdAt) > Date.parse(plan.updatedAt)) {
      ctx.addIssue({ code: 'custom', path: ['createdAt'], message: 'created after it was last updated' });
    }
  });
export type Plan = z.infer<typeof Plan>;

export const PlanSummary = z.strictObject({
  id: z.string(),
  patient: z.string(),
  date: z.string(),
  condition: z.string(),
  pointCount: z.number().int(),
  updatedAt: z.string(),
  /** more than one file holds this plan (a copy, a sync tool's conflict copy): the clinician chooses */
  versions: z.number().int().min(2).optional(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** One file holding a plan whose id more than one file holds (see plans:versions). */
export const PlanVersion = z.strictObject({
  /** the file's name in the plans folder, never a path */
  file: z.string(),
  /** where the file probably came from, in plain words */
  origin: z.string(),
  summary: PlanSummary,
  /** point codes in plan order, to tell the versions apart */
  points: z.array(z.string()),
});
export type PlanVersion = z.infer<typeof PlanVersion>;

/** A file the store could not use: reported to the clinician, never overwritten. */
export const PlanProblem = z.strictObject({
  file: z.string(),
  code: z.enum(['too-large', 'not-json', 'invalid', 'newer-version', 'unreadable']),
  message: z.string(),
});
export type PlanProblem = z.infer<typeof PlanProblem>;
