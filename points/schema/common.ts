// Small shared pieces of the knowledge-base schemas: record ids, point codes, citations, and the safety
// vocabulary (severity, technique, needle angle) that point records, caution rules and plans all use.
import { z } from 'zod';

/** Record id: kebab-case, e.g. "sciatica-piriformis". */
export const RecordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

/** The shape of a canonical point code, "GB30" or "EX-HN3" — the one definition every schema, the plan
 *  contract, the location rules and search build on. */
export const POINT_CODE_SOURCE = '(?:[A-Z]{2}\\d{1,2}|EX-[A-Z]{1,3}\\d{1,2})';
const POINT_CODE_RE = new RegExp(`^${POINT_CODE_SOURCE}$`);
export const isPointCode = (s: string): boolean => POINT_CODE_RE.test(s);

/** A canonical point code as stored in point records: "GB30", "EX-HN3". */
export const PointCode = z.string().regex(POINT_CODE_RE, 'not a point code (GB30, EX-HN3)');

/** A citation: `id` names an entry of points/data/sources.json; `detail` narrows it (section, page). */
export const SourceRef = z.strictObject({ id: z.string().min(1), detail: z.string().optional() });
export type SourceRef = z.infer<typeof SourceRef>;

/** Every record carries at least one citation (points/data/sources.json). */
export const sourced = { sources: z.array(SourceRef).min(1) };

/** A [min, max] range with min ≤ max. */
export const range = (min = 0) =>
  z.tuple([z.number().min(min), z.number().min(min)]).refine(([a, b]) => a <= b, 'range min > max');

export const Severity = z.enum(['contraindicated', 'caution', 'note']);
export type Severity = z.infer<typeof Severity>;

export const TECHNIQUES = [
  'needling',
  'moxibustion',
  'cupping',
  'electro-acupuncture',
  'japanese-needling',
  'acupressure',
] as const;
export const Technique = z.enum(TECHNIQUES);
export type Technique = z.infer<typeof Technique>;

export const ANGLES = ['perpendicular', 'oblique', 'transverse'] as const;
export const Angle = z.enum(ANGLES);
export type Angle = z.infer<typeof Angle>;
