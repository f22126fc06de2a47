// Issue 18: pairings across the whole reference and every WHO extra point — counts, the classical pairs
// a manual gives, the named formulas as sets, and the checks that reject a pairing with an unknown point
// or without a source.
import { describe, expect, it } from 'vitest';
import {
  buildKnowledgeBase,
  KNOWLEDGE_BASE_INPUT,
  KnowledgeBaseError,
  loadKnowledgeBase,
} from '../../../points/knowledge-base';
import { knowledgeBaseProblems } from '../../../points/kb-checks';
import { createKnowledgeBaseSearch } from '../../../points/search/knowledge-base-search';
import { EXTRA_CODES } from './channel-kit';

const kb = loadKnowledgeBase();
const clone = <T>(x: T): T => structuredClone(x);

describe('pairings and extra points in the knowledge base', () => {
  it('≥ 300 pairings covering ≥ 150 points, each with a principle, an evidence label and a source', () => {
    expect(kb.pairings.length).toBeGreaterThanOrEqual(300);
    expect(new Set(kb.pairings.flatMap((p) => p.points)).size).toBeGreaterThanOrEqual(150);
    for (const p of kb.pairings) expect(p.sources.length, p.id).toBeGreaterThan(0);
  });

  it.each([
    ['LU7', 'LI4'],
    ['LI4', 'LI11'],
    ['GB20', 'LI4'],
    ['HT7', 'SP6'],
    ['CV12', 'ST36'],
    ['SP6', 'SP10'],
    ['BL17', 'BL19'],
    ['GV20', 'GV24'],
    ['CV4', 'CV6'],
    ['GV14', 'LI11'],
    ['SI3', 'BL62'],
    ['TE5', 'GB41'],
    ['PC6', 'SP4'],
    ['LU7', 'KI6'],
  ])('the classical pair %s + %s is there', (a, b) => {
    expect(kb.pairings.some((p) => p.points.includes(a) && p.points.includes(b))).toBe(true);
  });

  it('named formulas are sets of their points, labelled by their principle', () => {
    const byId = (id: string) => kb.pairings.find((p) => p.id === id);
    expect(byId('four-gates')?.points).toEqual(['LI4', 'LR3']);
    expect(byId('four-command-points')?.points.sort()).toEqual(['BL40', 'LI4', 'LU7', 'ST36']);
    expect(byId('four-command-points')?.rationaleKind).toBe('command-point');
    // the pairings whose only source is the clinic's web article say so
    const clinicOnly = kb.pairings.filter((p) =>
      p.sources.every((s) => s.id === 'web-fuji-wellness' || s.id.startsWith('web-')),
    );
    for (const p of clinicOnly) expect(p.evidence.label, p.id).toBe('clinic-opinion');
  });

  it('all 48 WHO extra points are records, and the checks find nothing wrong', () => {
    const extras = kb.points
      .filter((p) => p.channel === 'EX')
      .map((p) => p.code)
      .sort();
    expect(extras).toEqual([...EXTRA_CODES].sort());
    expect(extras).toHaveLength(48);
    expect(knowledgeBaseProblems(kb)).toEqual([]);
  });

  it('a pairing naming an unknown point is reported; one without a source is refused', () => {
    const bad = buildKnowledgeBase({
      ...KNOWLEDGE_BASE_INPUT,
      pairings: (() => {
        const data = clone(KNOWLEDGE_BASE_INPUT.pairings) as { pairings: { points: string[] }[] };
        data.pairings[0]!.points = ['GB30', 'GB99'];
        return data;
      })(),
    });
    expect(
      knowledgeBaseProblems(bad)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/no point record GB99/);
    const unsourced = clone(KNOWLEDGE_BASE_INPUT.pairings) as { pairings: { id: string; sources: unknown[] }[] };
    unsourced.pairings[0]!.sources = [];
    expect(() => buildKnowledgeBase({ ...KNOWLEDGE_BASE_INPUT, pairings: unsourced })).toThrow(KnowledgeBaseError);
  });
});

describe('search finds pairings', () => {
  const index = createKnowledgeBaseSearch();
  const top = (q: string) =>
    index
      .search(q)
      .slice(0, 3)
      .map((r) => `${r.type}:${r.id}`);
  it.each([
    ['four gates', 'pairing:four-gates'],
    ['command points', 'pairing:four-command-points'],
    ['sea of marrow', 'pairing:sea-of-marrow'],
    ['four flowers', 'pairing:four-flowers'],
    ['lu7 li4', 'pairing:lu7-li4'],
    ['ht7 sp6', 'pairing:ht7-sp6'],
  ])('"%s" → %s first', (q, expected) => expect(top(q)[0]).toBe(expected));

  it('a member code lists the point first, then the pairings holding it', () => {
    const results = index.search('lu7');
    expect(results[0]).toMatchObject({ type: 'point', id: 'LU7' });
    const pairings = results.filter((r) => r.type === 'pairing');
    expect(pairings.length).toBeGreaterThan(2);
    for (const r of pairings) expect(kb.pairings.find((p) => p.id === r.id)?.points).toContain('LU7');
  });
});
