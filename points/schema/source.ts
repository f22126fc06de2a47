// Citation list (points/data/sources.json): every `sources[].id` in the knowledge base names one entry.
import { z } from 'zod';
import { RecordId } from './common';

export const SOURCES_SCHEMA_VERSION = 1;

export const Source = z.strictObject({
  id: RecordId,
  /** the short citation shown beside a fact ("Deadman 2007"); the full title is on hover and in lists */
  label: z.string().min(1).max(40),
  /** web-article: a commercial web page (patient information, a clinic's or a provider's page) */
  kind: z.enum(['standard', 'textbook', 'article', 'guideline', 'web-article']),
  title: z.string().min(1),
  publisher: z.string().optional(),
  year: z.number().int().min(1000).max(2100).optional(),
});
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.strictObject({
  schemaVersion: z.literal(SOURCES_SCHEMA_VERSION),
  sources: z.array(Source).min(1),
});
export type SourcesFile = z.infer<typeof SourcesFile>;
