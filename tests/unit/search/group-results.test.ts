import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../points/search/types';
import { displayOrder, groupResults } from '../../../renderer/search/group-results';

const r = (type: SearchResult['type'], id: string, score: number): SearchResult => ({
  type,
  id,
  title: id,
  subtitle: '',
  score,
  match: 'name',
});

describe('grouping search results for the dropdown', () => {
  it('groups by type in the order of each group’s best result, keeping ranks inside groups', () => {
    const ranked = [
      r('condition', 'sciatica', 0.95),
      r('point', 'GB30', 0.6),
      r('pairing', 'gb30-bl40', 0.5),
      r('point', 'BL40', 0.4),
      r('condition', 'meralgia', 0.3),
    ];
    const groups = groupResults(ranked);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Conditions', ['sciatica', 'meralgia']],
      ['Points', ['GB30', 'BL40']],
      ['Pairings', ['gb30-bl40']],
    ]);
    expect(displayOrder(groups).map((i) => i.id)).toEqual(['sciatica', 'meralgia', 'GB30', 'BL40', 'gb30-bl40']);
  });

  it('the top-ranked result is always the first displayed', () => {
    const ranked = [r('point', 'GB30', 0.95), r('pairing', 'gb30-gb34', 0.87), r('point', 'GB34', 0.5)];
    expect(displayOrder(groupResults(ranked))[0]?.id).toBe('GB30');
    expect(groupResults([])).toEqual([]);
  });
});
