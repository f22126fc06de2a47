// Code resolution: turns whatever a clinician types for a point code ("sj5", "GB-30", "gb 30",
// "GB030", "Liv 3", "GV29") into the canonical WHO code, driven by points/data/aliases.json.
// Pure and synchronous; search uses it before fuzzy matching.
import aliasesJson from './data/aliases.json';
import { AliasesFile } from './schema/alias';
import { CHANNEL_POINT_COUNTS } from './schema/point';

export type CodeResolver = (input: string) => string | undefined;

/** Longest input worth looking at; anything longer is not a code. */
const MAX_INPUT = 24;

/** Upper-case, separators (space, hyphen, dot, underscore, slash) removed: "gb-030" → "GB030". */
export function normalizeCodeInput(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s\-._/]+/g, '');
}

/** Build a resolver from alias data; `knownCodes`, when given, also rejects codes with no record. */
export function createCodeResolver(data: AliasesFile, knownCodes?: ReadonlySet<string>): CodeResolver {
  const whole = new Map(data.codeAliases.map((a) => [normalizeCodeInput(a.alias), a.code]));
  const channels = new Map(data.channelAbbreviations.map((a) => [a.abbr, a.channel]));
  const regions = new Map(data.extraRegions.map((r) => [r.region, r.count]));
  const known = (code: string): string | undefined => (!knownCodes || knownCodes.has(code) ? code : undefined);

  return (input: string): string | undefined => {
    if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
    const key = normalizeCodeInput(input);
    const aliased = whole.get(key);
    if (aliased) return known(aliased);
    // Extra points: "EX-HN3", "ex hn 03", "EXHN3".
    const ex = /^EX([A-Z]{1,3})0*([1-9]\d?)$/.exec(key);
    if (ex) {
      const [, region = '', num = ''] = ex;
      const count = regions.get(region);
      return count !== undefined && Number(num) <= count ? known(`EX-${region}${num}`) : undefined;
    }
    // Channel points: letters, optional leading zeros, number within the channel's WHO count.
    const ch = /^([A-Z]{1,4})0*([1-9]\d{0,2})$/.exec(key);
    if (!ch) return undefined;
    const [, abbr = '', num = ''] = ch;
    const channel = channels.get(abbr);
    if (!channel || Number(num) > CHANNEL_POINT_COUNTS[channel]) return undefined;
    return known(`${channel}${Number(num)}`);
  };
}

/** The alias data, validated once on import (small file; a bad edit fails loudly here). */
export const ALIASES: AliasesFile = AliasesFile.parse(aliasesJson);

/** Resolve typed input to a canonical point code, or undefined when it is not a valid code. */
export const resolveCode: CodeResolver = createCodeResolver(ALIASES);
