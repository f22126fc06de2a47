// Typo-tolerant name matching: fuse.js scores the names, but only the few that share enough character
// bigrams with the query (an inverted bigram index picks them). Fuse over every name on each keystroke
// costs milliseconds for a long query; over a few dozen candidates it costs tens of microseconds.
import Fuse, { type IFuseOptions } from 'fuse.js';

export interface FuzzyEntry {
  key: string;
  doc: number;
}

export interface FuzzyHit {
  doc: number;
  key: string;
  /** 1 for a perfect match down to 0 at the threshold (fuse's score, rescaled) */
  closeness: number;
}

/** share of the query's grams a name must hold to be scored at all */
const MIN_SHARED = 0.4;
const MAX_CANDIDATES = 32;

export class FuzzyNames {
  private readonly grams = new Map<string, number[]>();
  private readonly gramCount: Uint16Array;
  private readonly options: IFuseOptions<FuzzyEntry>;
  private readonly threshold: number;

  /** `gramSize` 2 for Latin names; 1 for hanzi, whose names are only two or three characters. */
  constructor(
    private readonly entries: readonly FuzzyEntry[],
    private readonly gramSize: 1 | 2,
    threshold: number,
  ) {
    this.gramCount = new Uint16Array(entries.length);
    entries.forEach((e, i) => {
      const gs = gramsOf(e.key, gramSize);
      this.gramCount[i] = gs.size;
      for (const g of gs) {
        const list = this.grams.get(g) ?? [];
        list.push(i);
        this.grams.set(g, list);
      }
    });
    this.threshold = threshold;
    this.options = {
      keys: ['key'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold,
      shouldSort: false,
    };
  }

  search(q: string): FuzzyHit[] {
    const candidates = this.candidates(q);
    if (candidates.length === 0) return [];
    return new Fuse(candidates, this.options).search(q).map((r) => ({
      doc: r.item.doc,
      key: r.item.key,
      closeness: Math.max(0, 1 - (r.score ?? 1) / this.threshold),
    }));
  }

  /** Entries sharing at least MIN_SHARED of the query's grams, best overlap (Dice) first. */
  private candidates(q: string): FuzzyEntry[] {
    const qg = gramsOf(q, this.gramSize);
    const shared = new Map<number, number>();
    for (const g of qg) for (const i of this.grams.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(MIN_SHARED * qg.size));
    const scored: Array<[number, number]> = [];
    for (const [i, n] of shared) if (n >= need) scored.push([i, (2 * n) / (qg.size + (this.gramCount[i] ?? 0))]);
    scored.sort((a, b) => b[1] - a[1]);
    return scored.slice(0, MAX_CANDIDATES).map(([i]) => this.entries[i] as FuzzyEntry);
  }
}

function gramsOf(text: string, n: 1 | 2): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  if (n === 1 || chars.length < 2) for (const c of chars) out.add(c);
  else for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return out;
}
