// Why a search result is in the list, in a few words beside it: the alias that resolved to the code
// ("SJ5 → TE5"), a name, a condition's point, or text in the indications — so the clinician can tell a
// real answer from a loose match before pressing Enter.
import type { SearchResult } from '../../points/search/types';

const compact = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/^([A-Z]+)0+(\d)/, '$1$2');

export function matchReason(r: SearchResult, query: string): string {
  switch (r.match) {
    case 'code':
      if (r.type !== 'point') return 'its points were typed';
      return compact(query) === compact(r.id) ? 'code' : `alias ${query.trim().toUpperCase()} → ${r.id}`;
    case 'code-prefix':
      return 'code begins so';
    case 'channel':
      return 'on the channel typed';
    case 'name':
      return 'name';
    case 'name-prefix':
    case 'name-part':
      return 'name begins so';
    case 'fuzzy-name':
      return 'name, spelt differently';
    case 'condition-point':
      return 'a point of the condition typed';
    case 'pairing-member':
      return 'holds the point typed';
    case 'text':
      return r.type === 'point' ? 'in its indications or notes' : 'in its description';
  }
}
