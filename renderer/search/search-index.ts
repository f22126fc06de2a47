// The renderer's one search index, built on first use (a few milliseconds) and kept for the session.
import { createKnowledgeBaseSearch } from '../../points/search/knowledge-base-search';
import type { SearchIndex } from '../../points/search/search-index';

let index: SearchIndex | undefined;

export function getSearchIndex(): SearchIndex {
  index ??= createKnowledgeBaseSearch();
  return index;
}
