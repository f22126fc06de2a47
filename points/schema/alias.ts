// Code aliases (points/data/aliases.json): channel abbreviations used by other traditions and
// textbooks (SJ → TE, LIV → LR …), the extra-point regions with their WHO counts, and whole-code
// aliases (GV29 → EX-HN3). points/aliases.ts resolves user input with this data.
import { z } from 'zod';
import { Channel } from './point';
import { PointCode, sourced } from './common';

export const ALIASES_SCHEMA_VERSION = 1;

export const ChannelAbbreviation = z.strictObject({
  /** upper-case letters as typed, e.g. "SJ", "LIV", "UB"; the canonical code itself is listed too */
  abbr: z.string().regex(/^[A-Z]{1,4}$/),
  channel: Channel,
  /** where the abbreviation comes from, e.g. "pinyin San Jiao", "older English texts" */
  system: z.string().min(1),
  ...sourced,
});
export type ChannelAbbreviation = z.infer<typeof ChannelAbbreviation>;

/** Extra-point region prefix (EX-HN …) with the number of points the WHO list gives it. */
export const ExtraRegion = z.strictObject({
  region: z.string().regex(/^[A-Z]{1,3}$/),
  name: z.string().min(1),
  count: z.number().int().positive(),
  ...sourced,
});
export type ExtraRegion = z.infer<typeof ExtraRegion>;

/** A whole code that stands for another record, e.g. "GV29" → "EX-HN3" (Yintang). */
export const CodeAlias = z.strictObject({
  alias: z.string().min(1),
  code: PointCode,
  note: z.string().min(1),
  ...sourced,
});
export type CodeAlias = z.infer<typeof CodeAlias>;

export const AliasesFile = z.strictObject({
  schemaVersion: z.literal(ALIASES_SCHEMA_VERSION),
  channelAbbreviations: z.array(ChannelAbbreviation).min(14),
  extraRegions: z.array(ExtraRegion).min(1),
  codeAliases: z.array(CodeAlias),
});
export type AliasesFile = z.infer<typeof AliasesFile>;
