// The search index over the repository's validated knowledge base — what the CLI, the benchmark and
// the renderer use. (createSearchIndex itself takes any corpus, for tests with hand-made data.)
import { resolveCode } from '../aliases';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge-base';
import { corpusFromKnowledgeBase } from './corpus';
import { createSearchIndex, type SearchIndex } from './search-index';
import type { SearchCorpus } from './types';

export function knowledgeBaseCorpus(kb: KnowledgeBase = loadKnowledgeBase()): SearchCorpus {
  return corpusFromKnowledgeBase(kb, resolveCode);
}

export function createKnowledgeBaseSearch(kb: KnowledgeBase = loadKnowledgeBase()): SearchIndex {
  return createSearchIndex(knowledgeBaseCorpus(kb));
}
