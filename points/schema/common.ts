// Small shared pieces of the knowledge-base schemas: record ids, point codes, the `sources` field.
import { z } from 'zod';
import { SourceRef } from './point';

/** Record id: kebab-case, e.g. "sciatica-piriformis". */
export const RecordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

/** A canonical point code as stored in point records: "GB30", "EX-HN3". */
export const PointCode = z.string().regex(/^(?:[A-Z]{2}\d{1,2}|EX-[A-Z]{1,3}\d{1,2})$/, 'not a point code (GB30, EX-HN3)');

/** Every record carries at least one citation (points/data/sources.json). */
export const sourced = { sources: z.array(SourceRef).min(1) };

/** A [min, max] range with min ≤ max. */
export const range = (min = 0) =>
  z.tuple([z.number().min(min), z.number().min(min)]).refine(([a, b]) => a <= b, 'range min > max');
