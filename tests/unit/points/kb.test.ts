// The knowledge base as a whole: every data file parses, all 361 standard points are present with the
// WHO count per channel, and every cross reference (codes, ids, landmarks, scales, sources) resolves.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { KNOWLEDGE_BASE_INPUT, loadKnowledgeBase, type KnowledgeBase } from '../../../points/knowledge-base';
import { knowledgeBaseProblems, type CheckKind } from '../../../points/kb-checks';
import { POINT_FILES } from '../../../points/data/points/index';
import { AliasesFile } from '../../../points/schema/alias';
import { CautionRulesFile } from '../../../points/schema/caution-rule';
import { ConditionsFile, HomeCareFile } from '../../../points/schema/condition';
import { LocationRule } from '../../../points/schema/location-rule';
import { PairingsFile } from '../../../points/schema/pairing';
import { CHANNELS, CHANNEL_POINT_COUNTS, PointsFile, type PointRecord } from '../../../points/schema/point';
import { RedFlagsFile } from '../../../points/schema/red-flag';
import { SourcesFile } from '../../../points/schema/source';

/** The points files the knowledge base must end up with: the seed file, one per channel, the extras. */
const EXPECTED_POINT_FILES = [
  'featured',
  'lu',
  'li',
  'st',
  'sp',
  'ht',
  'si',
  'bl',
  'ki',
  'pc',
  'te',
  'gb',
  'lr',
  'gv',
  'cv',
  'extra',
].map((f) => `points/data/points/${f}.json`);

const I = KNOWLEDGE_BASE_INPUT;
const DATA_FILES: [string, z.ZodType, unknown][] = [
  ['sources.json', SourcesFile, I.sources],
  ['aliases.json', AliasesFile, I.aliases],
  ['pairings.json', PairingsFile, I.pairings],
  ['conditions.json', ConditionsFile, I.conditions],
  ['home-care.json', HomeCareFile, I.homeCare],
  ['caution-rules.json', CautionRulesFile, I.cautionRules],
  ['red-flags.json', RedFlagsFile, I.redFlags],
];

const issuesOf = (schema: z.ZodType, data: unknown): string[] => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('every data file parses with its schema', () => {
  it.each(DATA_FILES)('points/data/%s', (_name, schema, data) => {
    expect(issuesOf(schema, data)).toEqual([]);
  });

  it.each(POINT_FILES.map((f) => [f.file, f.data] as const))('%s', (_file, data) => {
    expect(issuesOf(PointsFile, data)).toEqual([]);
  });

  it('every expected points file is registered in points/data/points/index.ts', () => {
    expect(POINT_FILES.map((f) => f.file).sort()).toEqual([...EXPECTED_POINT_FILES].sort());
  });

  it('the whole knowledge base loads', () => {
    expect(() => loadKnowledgeBase()).not.toThrow();
  });
});

// Loaded lazily inside each test: a broken file then fails these tests, not the whole file's collection.
const kb = (): KnowledgeBase => loadKnowledgeBase();

describe('standard points', () => {
  const standard = (): PointRecord[] => kb().points.filter((p) => p.channel !== 'EX');

  it('361 unique standard codes', () => {
    expect(new Set(standard().map((p) => p.code)).size).toBe(361);
    expect(standard()).toHaveLength(361);
  });

  it.each(CHANNELS)('%s has exactly its WHO points, numbered 1..n', (ch) => {
    const numbers = standard()
      .filter((p) => p.channel === ch)
      .map((p) => p.number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: CHANNEL_POINT_COUNTS[ch] }, (_, i) => i + 1));
  });

  it('the seven seed points come from the seed file and are marked as seed points', () => {
    const seed = kb()
      .points.filter((p) => p.featured)
      .map((p) => p.code)
      .sort();
    expect(seed).toEqual(['BL23', 'BL40', 'GB30', 'GB34', 'LI4', 'SP6', 'ST36']);
  });

  it('the common extra points are present (Yintang also as GV29)', () => {
    const codes = new Set(kb().points.map((p) => p.code));
    for (const c of ['EX-HN1', 'EX-HN3', 'EX-HN5', 'EX-B2', 'EX-UE9', 'EX-LE5', 'EX-LE6', 'EX-LE7', 'EX-LE10']) {
      expect(codes, c).toContain(c);
    }
    expect(kb().points.find((p) => p.code === 'EX-HN3')?.altCodes).toContain('GV29');
  });

  it('every point has a location rule that passes LocationRule', () => {
    const bad = kb()
      .points.filter((p) => !LocationRule.safeParse(p.location.rule).success)
      .map((p) => p.code);
    expect(bad).toEqual([]);
  });
});

describe('cross references', () => {
  const of = (kind: CheckKind): string[] =>
    knowledgeBaseProblems(kb())
      .filter((p) => p.kind === kind)
      .map((p) => p.message);

  it.each<[CheckKind, string]>([
    ['points', 'point codes agree with channel/number; point conditions exist'],
    ['location', 'location rules name only known landmarks, cun scales and points'],
    ['cycles', 'no location rule depends on itself through other points'],
    ['pairings', 'every pairing names existing points and conditions'],
    ['conditions', 'every condition names existing points, pairings, home care and red flags'],
    ['rules', 'every caution rule names existing patient flags, point sets and points'],
    ['aliases', 'every alias resolves to an existing point; every point code and alternative code resolves to it'],
    ['sources', 'every source id exists in sources.json'],
  ])('%s: %s', (kind) => {
    expect(of(kind)).toEqual([]);
  });
});

describe('every record carries at least one source', () => {
  type Sourced = readonly { sources: readonly unknown[] }[];
  const collections: [string, (k: KnowledgeBase) => Sourced][] = [
    ['points', (k) => k.points],
    ['point cautions', (k) => k.points.flatMap((p) => p.cautions)],
    ['point techniques', (k) => k.points.flatMap((p) => p.techniques ?? [])],
    ['pairings', (k) => k.pairings],
    ['conditions', (k) => k.conditions],
    ['homeCare', (k) => k.homeCare],
    ['cautionRules', (k) => k.cautionRules],
    ['patientFlags', (k) => k.patientFlags],
    ['pointSets', (k) => k.pointSets],
    ['redFlags', (k) => k.redFlags],
    ['channelAbbreviations', (k) => k.aliases.channelAbbreviations],
    ['codeAliases', (k) => k.aliases.codeAliases],
  ];
  it.each(collections)('%s', (_name, select) => {
    const records = select(kb());
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.sources.length === 0)).toEqual([]);
  });
});
