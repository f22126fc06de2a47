// The peer approach the search benchmark compares against: ONE fuse.js index over every text field of
// points, pairings and conditions (names weighted up), queried on every keystroke.
import Fuse from 'fuse.js';
import type { SearchCorpus } from '../../points/search/types';

interface FlatDoc {
  type: 'point' | 'pairing' | 'condition';
  id: string;
  codes: string[];
  pinyin: string[];
  hanzi: string[];
  names: string[];
  text: string[];
}

function flatten(corpus: SearchCorpus): FlatDoc[] {
  const conditionNames = new Map(corpus.conditions.map((c) => [c.id, [c.name, ...c.aliases]]));
  return [
    ...corpus.points.map((p): FlatDoc => ({
      type: 'point',
      id: p.code,
      codes: [p.code, ...(p.altCodes ?? [])],
      pinyin: [p.pinyin.toned, p.pinyin.plain],
      hanzi: [p.hanzi.simplified, p.hanzi.traditional],
      names: [...p.english],
      text: [...p.indications, ...p.functions, ...(p.conditions ?? []).flatMap((id) => conditionNames.get(id) ?? [])],
    })),
    ...corpus.conditions.map((c): FlatDoc => ({
      type: 'condition',
      id: c.id,
      codes: [],
      pinyin: [],
      hanzi: [],
      names: [c.name, ...c.aliases],
      text: [...c.text],
    })),
    ...corpus.pairings.map((p): FlatDoc => ({
      type: 'pairing',
      id: p.id,
      codes: [...p.points],
      pinyin: [],
      hanzi: [],
      names: [p.title],
      text: [...p.text],
    })),
  ];
}

export interface Baseline {
  search(query: string): Array<{ type: string; id: string; score: number }>;
}

export function createBaseline(corpus: SearchCorpus): Baseline {
  const fuse = new Fuse(flatten(corpus), {
    keys: [
      { name: 'codes', weight: 3 },
      { name: 'pinyin', weight: 3 },
      { name: 'hanzi', weight: 3 },
      { name: 'names', weight: 2 },
      { name: 'text', weight: 1 },
    ],
    includeScore: true,
    // Long indication text: matches anywhere must count, and pinyin tone marks must not block a match.
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.35,
  });
  return {
    search: (q) =>
      fuse.search(q, { limit: 10 }).map((r) => ({ type: r.item.type, id: r.item.id, score: r.score ?? 1 })),
  };
}
