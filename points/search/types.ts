// What the search module consumes and returns. The input shapes are the subsets of the knowledge-base
// records that search needs, so the module stays pure and testable with small hand-made corpora.

/** A point as search sees it; a PointRecord (points/schema/point.ts) satisfies this shape. */
export interface SearchablePoint {
  code: string;
  altCodes?: readonly string[];
  pinyin: { toned: string; plain: string };
  hanzi: { simplified: string; traditional: string };
  english: readonly string[];
  functions: readonly string[];
  indications: readonly string[];
  /** condition ids this point is used for */
  conditions?: readonly string[];
  featured?: boolean;
}

/** A pairing (combination of points) as search sees it. */
export interface SearchablePairing {
  id: string;
  /** WHO codes of the combined points */
  points: readonly string[];
  /** short name shown in results, e.g. "GB30 + BL40" or "Four Gates" */
  title: string;
  /** purpose, indication, rationale: full text, weighted low */
  text: readonly string[];
}

/** A condition / protocol as search sees it. */
export interface SearchableCondition {
  id: string;
  name: string;
  /** other names: "piriformis syndrome", "meralgia paraesthetica" (British spelling) … */
  aliases: readonly string[];
  /** suggested points (WHO codes), main points first */
  points: readonly string[];
  /** the main (local) points among `points`; ranked first when the condition is what was typed */
  primaryPoints?: readonly string[];
  /** description, course, advice: full text, weighted low */
  text: readonly string[];
}

export interface SearchCorpus {
  points: readonly SearchablePoint[];
  pairings: readonly SearchablePairing[];
  conditions: readonly SearchableCondition[];
  /** exact code/alias resolution ("sj5" → "TE5"); null/undefined when the input is not a code */
  resolveCode: (input: string) => string | null | undefined;
}

export type ResultType = 'point' | 'pairing' | 'condition';

/** Why a result matched, strongest first; the UI may show it, tests may pin it. */
export type MatchKind =
  | 'code'
  | 'code-prefix'
  | 'channel'
  | 'name'
  | 'name-prefix'
  | 'name-part'
  | 'fuzzy-name'
  | 'condition-point'
  | 'pairing-member'
  | 'text';

export interface SearchResult {
  type: ResultType;
  /** point code for points, record id for pairings and conditions */
  id: string;
  /** display line: "GB30 Huántiào 环跳" */
  title: string;
  /** secondary line: English name(s), or the points of a pairing/condition */
  subtitle: string;
  /** relevance in (0, 1]; higher is better; comparable across types */
  score: number;
  match: MatchKind;
}

export interface SearchOptions {
  /** maximum number of results (default 10) */
  limit?: number;
}
