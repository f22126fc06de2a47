// The point record: one acupuncture point, with names, categories, location (words + machine rule),
// needling, clinical content and sources. Validated on load; data lives in points/data/points/*.json.
import { z } from 'zod';
import { Angle, PointCode, Severity, sourced, Technique } from './common';
import { LocationRule } from './location-rule';
import { CautionWhen } from './safety-when';

export const SCHEMA_VERSION = 1;

export const CHANNELS = ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'GV', 'CV'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
/** Standard point count per channel (WHO 2008): 361 in all. */
export const CHANNEL_POINT_COUNTS: Readonly<Record<Channel, number>> = {
  LU: 11,
  LI: 20,
  ST: 45,
  SP: 21,
  HT: 9,
  SI: 19,
  BL: 67,
  KI: 27,
  PC: 9,
  TE: 23,
  GB: 44,
  LR: 14,
  GV: 28,
  CV: 24,
};

export const PHASES = ['wood', 'fire', 'earth', 'metal', 'water'] as const;
export const ORGANS = [
  'lung',
  'large-intestine',
  'stomach',
  'spleen',
  'heart',
  'small-intestine',
  'bladder',
  'kidney',
  'pericardium',
  'triple-energizer',
  'gallbladder',
  'liver',
] as const;

/** The extraordinary vessels besides GV and CV, as crossing-point ids. */
export const EXTRA_VESSELS = ['chong', 'dai', 'yang-qiao', 'yin-qiao', 'yang-wei', 'yin-wei'] as const;

/** The five transport (five-shu) points, in channel order, and their names as the app shows them. */
export const SHU_KINDS = ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'] as const;
export type ShuKind = (typeof SHU_KINDS)[number];
export const SHU_LABELS: Readonly<Record<ShuKind, string>> = {
  'jing-well': 'Jing-well',
  'ying-spring': 'Ying-spring',
  'shu-stream': 'Shu-stream',
  'jing-river': 'Jing-river',
  'he-sea': 'He-sea',
};

export const Category = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('five-shu'),
    shu: z.enum(SHU_KINDS),
    phase: z.enum(PHASES),
  }),
  z.strictObject({ kind: z.literal('yuan-source') }),
  z.strictObject({ kind: z.literal('luo-connecting') }),
  z.strictObject({ kind: z.literal('xi-cleft') }),
  z.strictObject({ kind: z.literal('back-shu'), organ: z.string().min(1) }),
  z.strictObject({ kind: z.literal('front-mu'), organ: z.string().min(1) }),
  z.strictObject({ kind: z.literal('lower-he-sea'), organ: z.enum(ORGANS) }),
  z.strictObject({
    kind: z.literal('influential'),
    tissue: z.enum(['zang', 'fu', 'qi', 'blood', 'tendon', 'vessel', 'bone', 'marrow']),
  }),
  z.strictObject({
    kind: z.literal('confluent'),
    vessel: z.enum(['chong', 'yin-wei', 'du', 'yang-qiao', 'dai', 'yang-wei', 'ren', 'yin-qiao']),
  }),
  z.strictObject({ kind: z.literal('crossing'), channels: z.array(z.union([Channel, z.enum(EXTRA_VESSELS)])).min(1) }),
]);
export type Category = z.infer<typeof Category>;

/** A caution on a point record: what the clinician reads, and `when` — the machine-readable condition
 *  under which the plan check applies it (points/schema/safety-when.ts). No caution exists only as prose. */
export const Caution = z.strictObject({ severity: Severity, text: z.string().min(1), when: CautionWhen, ...sourced });
export type Caution = z.infer<typeof Caution>;

export const Needling = z.strictObject({
  angle: Angle,
  /** depth range in cun (F-cun as used in needling tables) */
  depthCun: z.tuple([z.number().min(0), z.number().positive()]).refine(([a, b]) => a <= b, 'min > max'),
  /** direction or extra detail, e.g. "towards the genitals", "pinch the skin up" */
  note: z.string().optional(),
});

export const TechniqueNote = z.strictObject({ technique: Technique, text: z.string().min(1), ...sourced });

export const PointRecord = z.strictObject({
  /** WHO code without separator: "GB30"; extra points "EX-HN3" */
  code: PointCode,
  /** other standard codes for the same point, e.g. Yintang EX-HN3 is also GV29 */
  altCodes: z.array(z.string()).optional(),
  channel: z.union([Channel, z.literal('EX')]),
  number: z.number().int().positive(),
  side: z.enum(['bilateral', 'midline']),
  pinyin: z.strictObject({ toned: z.string().min(1), plain: z.string().min(1) }),
  hanzi: z.strictObject({ simplified: z.string().min(1), traditional: z.string().min(1) }),
  english: z.array(z.string().min(1)).min(1),
  categories: z.array(Category),
  location: z.strictObject({
    text: z.string().min(1),
    landmarks: z.array(z.string()),
    rule: LocationRule,
  }),
  /** empty only for points that are never needled (then notNeedled is true) */
  needling: z.array(Needling),
  /** classically not needled (e.g. ST17 the nipple, CV8 the umbilicus): moxibustion or nothing */
  notNeedled: z.literal(true).optional(),
  functions: z.array(z.string().min(1)),
  indications: z.array(z.string().min(1)),
  cautions: z.array(Caution),
  techniques: z.array(TechniqueNote).optional(),
  clinicalNotes: z.array(z.string().min(1)).optional(),
  /** the clinic article's account of why the point helps (nerve conditions), in our words */
  rationale: z.string().optional(),
  /** condition ids (points/data/conditions.json) this point is used for */
  conditions: z.array(z.string()).optional(),
  /** one of the seven featured points of the hip-nerve articles, kept in full depth */
  featured: z.boolean().optional(),
  ...sourced,
});
export type PointRecord = z.infer<typeof PointRecord>;

/** Needling data must exist unless the point is marked as never needled. */
export const needlingProblem = (p: PointRecord): string | undefined =>
  p.notNeedled
    ? p.needling.length > 0
      ? `${p.code}: marked notNeedled but has needling entries`
      : undefined
    : p.needling.length === 0
      ? `${p.code}: no needling entry`
      : undefined;

/** A points data file (points/data/points/*.json): a channel's records, the seven featured points, or extras. */
export const PointsFile = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  description: z.string().optional(),
  points: z.array(PointRecord).min(1),
});
export type PointsFile = z.infer<typeof PointsFile>;
