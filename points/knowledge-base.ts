// The knowledge-base loader: validates every data file under points/data with its zod schema and
// returns one typed KnowledgeBase. Static JSON imports keep it usable in Node, Vite and the renderer.
// Invalid data throws KnowledgeBaseError naming the file and the record (code or id).
import type { z } from 'zod';
import aliasesJson from './data/aliases.json';
import cautionRulesJson from './data/caution-rules.json';
import conditionsJson from './data/conditions.json';
import homeCareJson from './data/home-care.json';
import otherOptionsJson from './data/other-options.json';
import pairingsJson from './data/pairings.json';
import { POINT_FILES, type PointsFileEntry } from './data/points/index';
import redFlagsJson from './data/red-flags.json';
import sourcesJson from './data/sources.json';
import { CUN_SCALES, type CunScale } from './anatomy/cun-scales';
import { LANDMARKS, type LandmarkDef } from './anatomy/landmarks';
import { AliasesFile } from './schema/alias';
import { CautionRulesFile, type CautionRule, type PatientFlag, type PointSet } from './schema/caution-rule';
import {
  ConditionsFile,
  HomeCareFile,
  OtherOptionsFile,
  type Condition,
  type HomeCare,
  type OtherOption,
} from './schema/condition';
import { PairingsFile, type Pairing } from './schema/pairing';
import { CHANNELS, PointsFile, type PointRecord } from './schema/point';
import { RedFlagsFile, type RedFlag } from './schema/red-flag';
import { SourcesFile, type Source } from './schema/source';

export interface KnowledgeBase {
  /** every point record, standard points in channel order then extra points */
  points: PointRecord[];
  aliases: Omit<AliasesFile, 'schemaVersion'>;
  pairings: Pairing[];
  conditions: Condition[];
  homeCare: HomeCare[];
  /** other treatments the sources name, for the clinician's information */
  otherOptions: OtherOption[];
  cautionRules: CautionRule[];
  patientFlags: PatientFlag[];
  pointSets: PointSet[];
  redFlags: RedFlag[];
  sources: Source[];
  /** the landmark vocabulary location rules may name */
  landmarks: readonly LandmarkDef[];
  cunScales: readonly CunScale[];
}

/** Raw (unvalidated) data, one entry per file; the default is the repository's data. */
export interface KnowledgeBaseInput {
  pointFiles: readonly PointsFileEntry[];
  sources: unknown;
  aliases: unknown;
  pairings: unknown;
  conditions: unknown;
  homeCare: unknown;
  otherOptions: unknown;
  cautionRules: unknown;
  redFlags: unknown;
}

export class KnowledgeBaseError extends Error {
  constructor(
    readonly file: string,
    readonly record: string | undefined,
    readonly details: readonly string[],
  ) {
    super(`Invalid knowledge-base data in ${file}${record ? `, ${record}` : ''}:\n  ${details.join('\n  ')}`);
    this.name = 'KnowledgeBaseError';
  }
}

const DATA = 'points/data';

/** "record points[3] (GB30)" for an issue path like ['points', 3, 'location', …]. */
function recordLabel(data: unknown, path: readonly PropertyKey[]): string | undefined {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const list = (data as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const name = item?.code ?? item?.id ?? item?.abbr ?? item?.alias ?? item?.region;
  return `record ${collection}[${index}]${typeof name === 'string' ? ` (${name})` : ''}`;
}

function parseFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const record = first ? recordLabel(data, first.path) : undefined;
  const details = issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
  if (issues.length > 10) details.push(`… and ${issues.length - 10} more`);
  throw new KnowledgeBaseError(file, record, details);
}

/** Throw when two records of one collection share a key; names both places. */
function assertUnique<T>(
  file: string,
  what: string,
  items: readonly T[],
  key: (t: T) => string,
  where: (i: number) => string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const prev = seen.get(k);
    if (prev !== undefined)
      throw new KnowledgeBaseError(file, `${what} "${k}"`, [`duplicate: ${where(prev)} and ${where(i)}`]);
    seen.set(k, i);
  });
}

const channelRank = (p: PointRecord): number => (p.channel === 'EX' ? CHANNELS.length : CHANNELS.indexOf(p.channel));

function comparePoints(a: PointRecord, b: PointRecord): number {
  return channelRank(a) - channelRank(b) || (a.channel === 'EX' ? a.code.localeCompare(b.code) : a.number - b.number);
}

function loadPoints(files: readonly PointsFileEntry[]): PointRecord[] {
  const tagged = files.flatMap((f) => parseFile(f.file, PointsFile, f.data).points.map((p) => ({ p, file: f.file })));
  const codes = tagged.flatMap(({ p, file }) =>
    [p.code, ...(p.altCodes ?? [])].map((code) => ({ code, file, owner: p.code })),
  );
  assertUnique(
    'points/data/points',
    'point code',
    codes,
    (c) => c.code,
    (i) => `${codes[i]?.owner} in ${codes[i]?.file}`,
  );
  return tagged.map(({ p }) => p).sort(comparePoints);
}

/** Validate every file and assemble the knowledge base. Pure: the input is passed in. */
export function buildKnowledgeBase(input: KnowledgeBaseInput): KnowledgeBase {
  const sources = parseFile(`${DATA}/sources.json`, SourcesFile, input.sources).sources;
  const { schemaVersion: _a, ...aliases } = parseFile(`${DATA}/aliases.json`, AliasesFile, input.aliases);
  const pairings = parseFile(`${DATA}/pairings.json`, PairingsFile, input.pairings).pairings;
  const conditions = parseFile(`${DATA}/conditions.json`, ConditionsFile, input.conditions).conditions;
  const homeCare = parseFile(`${DATA}/home-care.json`, HomeCareFile, input.homeCare).homeCare;
  const otherOptions = parseFile(`${DATA}/other-options.json`, OtherOptionsFile, input.otherOptions).options;
  const rules = parseFile(`${DATA}/caution-rules.json`, CautionRulesFile, input.cautionRules);
  const redFlags = parseFile(`${DATA}/red-flags.json`, RedFlagsFile, input.redFlags).redFlags;
  const byId = <T extends { id: string }>(file: string, what: string, items: readonly T[]): void =>
    assertUnique(
      `${DATA}/${file}`,
      what,
      items,
      (t) => t.id,
      (i) => `${what}s[${i}]`,
    );
  byId('sources.json', 'source', sources);
  byId('pairings.json', 'pairing', pairings);
  byId('conditions.json', 'condition', conditions);
  byId('home-care.json', 'homeCare', homeCare);
  byId('other-options.json', 'option', otherOptions);
  byId('caution-rules.json', 'rule', rules.rules);
  byId('caution-rules.json', 'patientFlag', rules.patientFlags);
  byId('caution-rules.json', 'pointSet', rules.pointSets);
  byId('red-flags.json', 'redFlag', redFlags);
  assertUnique(
    `${DATA}/aliases.json`,
    'abbreviation',
    aliases.channelAbbreviations,
    (a) => a.abbr,
    (i) => `channelAbbreviations[${i}]`,
  );
  assertUnique(
    `${DATA}/aliases.json`,
    'alias',
    aliases.codeAliases,
    (a) => a.alias,
    (i) => `codeAliases[${i}]`,
  );
  return {
    points: loadPoints(input.pointFiles),
    aliases,
    pairings,
    conditions,
    homeCare,
    otherOptions,
    cautionRules: rules.rules,
    patientFlags: rules.patientFlags,
    pointSets: rules.pointSets,
    redFlags,
    sources,
    landmarks: LANDMARKS,
    cunScales: CUN_SCALES,
  };
}

/** The repository's data as loader input. */
export const KNOWLEDGE_BASE_INPUT: KnowledgeBaseInput = {
  pointFiles: POINT_FILES,
  sources: sourcesJson,
  aliases: aliasesJson,
  pairings: pairingsJson,
  conditions: conditionsJson,
  homeCare: homeCareJson,
  otherOptions: otherOptionsJson,
  cautionRules: cautionRulesJson,
  redFlags: redFlagsJson,
};

let cached: KnowledgeBase | undefined;

/** The validated knowledge base (validated once, then cached). Throws KnowledgeBaseError on bad data. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= buildKnowledgeBase(KNOWLEDGE_BASE_INPUT);
  return cached;
}
