// The search entry point: build once over the knowledge base, then query per keystroke. Three tiers
// in separate small indexes (ARCHITECTURE.md decision 7): codes → names → full text, each scoring in
// its own band so the obvious answer (the code typed, the name typed) is first.
import { CodeMatcher } from './code-matcher';
import { buildDocs, Hits, type Doc } from './documents';
import { NameMatcher } from './name-matcher';
import { TextIndex } from './text-index';
import type { ResultType, SearchCorpus, SearchOptions, SearchResult } from './types';

const DEFAULT_LIMIT = 10;
const MAX_QUERY_CHARS = 200;
/** a name hit at least this good makes full text redundant for single-word queries */
const NAME_IS_ENOUGH = 0.85;
/** a condition hit this good counts as "the condition was typed" */
const CONDITION_NAMED = 0.7;
/** a condition's points: between fuzzy names (≥ 0.45) and full text (≤ 0.59), main points higher */
const SCORE_MAIN_POINT = 0.64;
const SCORE_SUPPORTING_POINT = 0.6;

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** the document behind a result, e.g. to show a pairing's points */
  lookup(type: ResultType, id: string): Readonly<Doc> | undefined;
  readonly size: { points: number; pairings: number; conditions: number; vocabulary: number };
}

/**
 * When a condition's name is what was typed ("sciatica"), the points it suggests follow it — its main
 * points first, in its order — above points that merely mention the word somewhere in their text.
 */
function conditionPoints(docs: readonly Doc[], pointIndex: ReadonlyMap<string, number>, hits: Hits): void {
  const found = new Map<number, { best: number; count: number }>();
  for (const c of hits.docsAbove(CONDITION_NAMED)) {
    const doc = docs[c] as Doc;
    if (doc.type !== 'condition') continue;
    doc.refs.forEach((code, rank) => {
      const p = pointIndex.get(code);
      if (p === undefined) return;
      const score = (rank < doc.primaryRefs ? SCORE_MAIN_POINT : SCORE_SUPPORTING_POINT) - 0.002 * rank;
      const prev = found.get(p);
      found.set(p, { best: Math.max(prev?.best ?? 0, score), count: (prev?.count ?? 0) + 1 });
    });
  }
  // A point several of the matching conditions suggest ranks above one only a single condition names.
  for (const [p, { best, count }] of found) hits.offer(p, best + 0.01 * (count - 1), 'condition-point');
}

export function createSearchIndex(corpus: SearchCorpus): SearchIndex {
  const docs = buildDocs(corpus);
  const codes = new CodeMatcher(docs, corpus.resolveCode);
  const names = new NameMatcher(docs);
  const text = new TextIndex(docs.length, docs);
  const byKey = new Map(docs.map((d) => [`${d.type}:${d.id}`, d]));
  const pointIndex = new Map(docs.flatMap((d, i) => (d.type === 'point' ? [[d.id, i] as const] : [])));

  const search = (raw: string, options: SearchOptions = {}): SearchResult[] => {
    const query = raw.slice(0, MAX_QUERY_CHARS).trim();
    if (query.length === 0) return [];
    const hits = new Hits();
    const isCode = codes.match(query, hits);
    // A typed code ("li4", "sj5") is that point: names that merely start with the same letters are noise.
    if (!isCode) names.match(query, hits);
    conditionPoints(docs, pointIndex, hits);
    // Full text always runs for several words (they may describe a symptom, not a name); for one word
    // only when no name or code already answers it, which keeps typing a name cheap.
    const words = query.split(/\s+/).length;
    if (!isCode && (words > 1 || hits.maxScore() < NAME_IS_ENOUGH || hits.count(NAME_IS_ENOUGH) < 3))
      text.match(query, hits);
    return hits.top(docs, options.limit ?? DEFAULT_LIMIT);
  };

  return {
    search,
    lookup: (type, id) => byKey.get(`${type}:${id}`),
    size: {
      points: corpus.points.length,
      pairings: corpus.pairings.length,
      conditions: corpus.conditions.length,
      vocabulary: text.vocabularySize,
    },
  };
}
