// Groups ranked search results by type for display, keeping the ranking: groups appear in the order
// of their best result, so the top answer stays first, and arrow keys walk the displayed order.
import type { ResultType, SearchResult } from '../../points/search/types';

export interface ResultGroup {
  type: ResultType;
  label: string;
  items: SearchResult[];
}

const LABELS: Record<ResultType, string> = { point: 'Points', condition: 'Conditions', pairing: 'Pairings' };

export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const groups: ResultGroup[] = [];
  for (const r of results) {
    let g = groups.find((x) => x.type === r.type);
    if (!g) {
      g = { type: r.type, label: LABELS[r.type], items: [] };
      groups.push(g);
    }
    g.items.push(r);
  }
  return groups;
}

/** The results in displayed (grouped) order: the sequence the arrow keys move through. */
export function displayOrder(groups: readonly ResultGroup[]): SearchResult[] {
  return groups.flatMap((g) => g.items);
}
