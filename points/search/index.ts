// Public surface of the search module (pure: no UI, no Node APIs; runs in the renderer and in Node).
export { createSearchIndex, type SearchIndex } from './search-index';
export type {
  MatchKind,
  ResultType,
  SearchCorpus,
  SearchOptions,
  SearchResult,
  SearchableCondition,
  SearchablePairing,
  SearchablePoint,
} from './types';
export { conditionForSearch, corpusFromKnowledgeBase, pairingForSearch, type KnowledgeBaseParts } from './corpus';
