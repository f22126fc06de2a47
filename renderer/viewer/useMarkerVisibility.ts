// Which points' markers the filter bar leaves on the body: one predicate for the markers and for the
// plan numbers over them, recomputed only when the filter, the selection or the plan's codes change.
import { useMemo } from 'react';
import { pointByCode } from '../data/knowledge';
import { useSelection } from '../state/selection';
import { useViewerFilter } from './filter-store';
import { pointVisible, type CategoriesOf } from './viewer-filter';

export const categoriesOf: CategoriesOf = (code) => pointByCode(code)?.categories;

export function useMarkerVisibility(planCodes: ReadonlySet<string>): (code: string) => boolean {
  const selected = useSelection((s) => s.pointCode);
  const channel = useViewerFilter((s) => s.channel);
  const category = useViewerFilter((s) => s.category);
  const planOnly = useViewerFilter((s) => s.planOnly);
  return useMemo(() => {
    const filter = { channel, category, planOnly };
    return (code: string) => pointVisible(code, filter, planCodes, selected, categoriesOf);
  }, [channel, category, planOnly, planCodes, selected]);
}
