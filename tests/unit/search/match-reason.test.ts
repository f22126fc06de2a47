import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../points/search/types';
import { matchReason } from '../../../renderer/search/match-reason';

const point = (id: string, match: SearchResult['match']): SearchResult => ({
  type: 'point',
  id,
  title: id,
  subtitle: '',
  score: 1,
  match,
});

describe('matchReason', () => {
  it('names the alias that resolved to a code, and says "code" for the code itself', () => {
    expect(matchReason(point('TE5', 'code'), 'sj5')).toBe('alias SJ5 → TE5');
    expect(matchReason(point('GB30', 'code'), 'gb 30')).toBe('code');
    expect(matchReason(point('GB30', 'code'), 'GB-030')).toBe('code');
    expect(matchReason(point('LR3', 'code'), 'liv3')).toBe('alias LIV3 → LR3');
  });
  it('says when a point only matched on its text or through a condition', () => {
    expect(matchReason(point('GB30', 'text'), 'sciatica')).toBe('in its indications or notes');
    expect(matchReason(point('GB30', 'condition-point'), 'sciatica')).toBe('a point of the condition typed');
  });
});
