import { useCallback, useEffect } from 'react';
import type { SearchResult } from '../../points/search/types';
import { useSelection } from '../state/selection';
import { getSearchIndex } from './search-index';

/** Search for the top bar: the query function and what choosing a result does (select its point). */
export function useSearch(): { search: (query: string) => SearchResult[]; select: (result: SearchResult) => void } {
  const selectPoint = useSelection((s) => s.selectPoint);
  const showCondition = useSelection((s) => s.showCondition);
  const showPairing = useSelection((s) => s.showPairing);
  // Build the index while the app is idle after start, so the first keystroke does not pay for it.
  useEffect(() => {
    const id = requestIdleCallback(() => getSearchIndex(), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  const search = useCallback((query: string) => (query.trim().length === 0 ? [] : getSearchIndex().search(query)), []);
  const select = useCallback(
    (r: SearchResult) => {
      if (r.type === 'point') return selectPoint(r.id);
      const points = getSearchIndex().lookup(r.type, r.id)?.refs ?? [];
      // A condition or a pairing opens its view, its points shown together on the body.
      if (r.type === 'condition') showCondition(r.id, points);
      else showPairing(r.id, points);
    },
    [selectPoint, showCondition, showPairing],
  );
  return { search, select };
}
