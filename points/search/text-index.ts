// Tier 3: full text (indications, functions, condition names, pairing and condition descriptions),
// scored below every name match. An inverted index over word tokens: exact and prefix lookups by
// binary search in the sorted vocabulary, one-typo tolerance through a delete-neighbourhood map
// (SymSpell idea) instead of fuzzy-scanning long text on every keystroke.
import type { Doc, Hits } from './documents';
import { textTokens } from './normalize';

export const SCORE_TEXT_BASE = 0.25;
export const SCORE_TEXT_SPAN = 0.3;
const Q_EXACT = 1;
const Q_PREFIX = 0.8;
const Q_TYPO = 0.6;
const MIN_PREFIX_CHARS = 3;
const MIN_TYPO_CHARS = 5;
/** at most this many vocabulary words per prefix, so a short prefix stays cheap */
const MAX_PREFIX_TERMS = 64;

interface Posting {
  doc: number;
  weight: number;
}

export class TextIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly vocab: string[];
  private readonly deletes = new Map<string, string[]>();

  private readonly priors: Float32Array;

  constructor(
    private readonly docCount: number,
    docs: readonly Doc[],
  ) {
    this.priors = Float32Array.from(docs, (d) => d.prior);
    docs.forEach((d, doc) => {
      const best = new Map<string, { weight: number; fields: number }>();
      for (const f of d.fullText) {
        for (const t of new Set(textTokens(f.text))) {
          const prev = best.get(t);
          best.set(t, { weight: Math.max(prev?.weight ?? 0, f.weight), fields: (prev?.fields ?? 0) + 1 });
        }
      }
      for (const [t, { weight, fields }] of best) {
        const list = this.postings.get(t) ?? [];
        // A word the record repeats in several fields is more central to it: up to +15 %.
        list.push({ doc, weight: weight * (0.85 + 0.05 * Math.min(fields, 3)) });
        this.postings.set(t, list);
      }
    });
    this.vocab = [...this.postings.keys()].sort();
    for (const t of this.vocab) {
      if (t.length < MIN_TYPO_CHARS) continue;
      for (const v of [t, ...deletions(t)]) {
        const list = this.deletes.get(v) ?? [];
        list.push(t);
        this.deletes.set(v, list);
      }
    }
  }

  get vocabularySize(): number {
    return this.vocab.length;
  }

  match(query: string, hits: Hits): void {
    const tokens = textTokens(query);
    if (tokens.length === 0) return;
    const n = tokens.length;
    // quality[doc * n + k]: best match quality × field weight of query token k in doc.
    const quality = new Float32Array(this.docCount * n);
    const touched = new Set<number>();
    tokens.forEach((tok, k) => {
      for (const [term, q] of this.termsFor(tok)) {
        for (const p of this.postings.get(term) ?? []) {
          const slot = p.doc * n + k;
          const v = q * p.weight;
          if (v > (quality[slot] ?? 0)) quality[slot] = v;
          touched.add(p.doc);
        }
      }
    });
    for (const doc of touched) {
      let sum = 0;
      let covered = 0;
      for (let k = 0; k < n; k++) {
        const v = quality[doc * n + k] ?? 0;
        sum += v;
        if (v > 0) covered++;
      }
      // Every word typed should be found; a document missing some is kept only as a weak fallback.
      const coverage = covered / n;
      if (n > 1 && coverage < 0.5) continue;
      hits.offer(
        doc,
        SCORE_TEXT_BASE + SCORE_TEXT_SPAN * (sum / n) * coverage * coverage + (this.priors[doc] ?? 0),
        'text',
      );
    }
  }

  /** Vocabulary words a query token stands for, with a match quality. */
  private termsFor(tok: string): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    if (this.postings.has(tok)) out.push([tok, Q_EXACT]);
    if (tok.length >= MIN_PREFIX_CHARS) {
      let i = lowerBound(this.vocab, tok);
      for (let taken = 0; i < this.vocab.length && taken < MAX_PREFIX_TERMS; i++, taken++) {
        const term = this.vocab[i] as string;
        if (!term.startsWith(tok)) break;
        if (term !== tok) out.push([term, Q_PREFIX]);
      }
    }
    if (out.length === 0 && tok.length >= MIN_TYPO_CHARS) {
      const seen = new Set<string>();
      for (const v of [tok, ...deletions(tok)]) {
        for (const term of this.deletes.get(v) ?? []) {
          if (seen.has(term) || !withinOneEdit(tok, term)) continue;
          seen.add(term);
          out.push([term, Q_TYPO]);
        }
      }
    }
    return out;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
