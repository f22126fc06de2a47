// Tier 2: names — pinyin (toned or plain, with or without spaces or tone numbers), hanzi (simplified
// and traditional, both taken from the records), English names, condition names, pairing titles.
// Exact / prefix / word-start matches are plain string scans over a few thousand short keys (tens of
// microseconds); fuse.js runs only when those find nothing good, over name-only candidate sets.
import type { Doc, Hits } from './documents';
import { FuzzyNames, type FuzzyEntry } from './fuzzy-names';
import { hanziKey, hasHanzi, pinyinKey, spacedKey } from './normalize';

export const SCORE_NAME = 0.95;
export const SCORE_NAME_PREFIX = 0.85;
export const SCORE_WORD_START = 0.75;
export const SCORE_NAME_PART = 0.7;
/** fuzzy hits land in (FUZZY_FLOOR, FUZZY_CEIL]: above full text, below any exact part of a name */
const FUZZY_CEIL = 0.68;
const FUZZY_FLOOR = 0.45;
const FUZZY_THRESHOLD = 0.34;
/** one wrong character of a three-character name is a 0.33 Bitap score */
const HANZI_THRESHOLD = 0.5;
/** fuse runs only when no prefix-or-better name hit exists and the query is long enough to hold a typo */
const FUZZY_MIN_CHARS = 4;
const HANZI_FUZZY_MIN_CHARS = 2;

type Entry = FuzzyEntry;

export class NameMatcher {
  private readonly pinyin: Entry[] = [];
  private readonly hanzi: Entry[] = [];
  private readonly words: Entry[] = [];
  private readonly pinyinFuse: FuzzyNames;
  private readonly wordsFuse: FuzzyNames;
  private readonly hanziFuse: FuzzyNames;

  constructor(docs: readonly Doc[]) {
    docs.forEach((d, doc) => {
      for (const key of d.pinyin) this.pinyin.push({ key, doc });
      for (const key of d.hanzi) this.hanzi.push({ key, doc });
      for (const key of d.words) this.words.push({ key, doc });
    });
    this.pinyinFuse = new FuzzyNames(this.pinyin, 2, FUZZY_THRESHOLD);
    this.wordsFuse = new FuzzyNames(this.words, 2, FUZZY_THRESHOLD);
    this.hanziFuse = new FuzzyNames(this.hanzi, 1, HANZI_THRESHOLD);
  }

  match(query: string, hits: Hits): void {
    if (hasHanzi(query)) {
      const hk = hanziKey(query);
      const best = scan(this.hanzi, hk, hits, 1);
      if (best < SCORE_NAME_PART && hk.length >= HANZI_FUZZY_MIN_CHARS) fuzzy(this.hanziFuse, hk, hits);
      return;
    }
    const pk = pinyinKey(query);
    const sk = spacedKey(query);
    let best = 0;
    if (pk.length > 0) best = Math.max(best, scan(this.pinyin, pk, hits, 3));
    if (sk.length > 0) best = Math.max(best, scan(this.words, sk, hits, 3, true));
    if (best >= SCORE_NAME_PREFIX) return;
    if (pk.length >= FUZZY_MIN_CHARS) fuzzy(this.pinyinFuse, pk, hits);
    if (sk.replace(/ /g, '').length >= FUZZY_MIN_CHARS) fuzzy(this.wordsFuse, sk, hits);
  }
}

/**
 * Exact, prefix, word-start and inner-part matches of `q` in each key; returns the best score offered.
 * A longer share of the key matched ranks higher, so "sanli" puts Zusanli before Shousanli.
 */
function scan(entries: readonly Entry[], q: string, hits: Hits, minPartChars: number, wordStart = false): number {
  let best = 0;
  for (const { key, doc } of entries) {
    const score = scoreKey(key, q, minPartChars, wordStart);
    if (score === 0) continue;
    hits.offer(doc, score, score >= SCORE_NAME ? 'name' : score >= SCORE_NAME_PREFIX ? 'name-prefix' : 'name-part');
    if (score > best) best = score;
  }
  return best;
}

function scoreKey(key: string, q: string, minPartChars: number, wordStart: boolean): number {
  const share = q.length / key.length;
  if (key === q) return SCORE_NAME;
  if (key.startsWith(q)) return SCORE_NAME_PREFIX + 0.05 * share;
  const at = key.indexOf(q);
  if (at < 0) return 0;
  if (wordStart && (key[at - 1] === ' ' || key.includes(` ${q}`))) return SCORE_WORD_START + 0.05 * share;
  return q.length >= minPartChars ? SCORE_NAME_PART + 0.05 * share : 0;
}

function fuzzy(index: FuzzyNames, q: string, hits: Hits): void {
  for (const r of index.search(q)) {
    // Short keys matched by a much longer query are weak evidence (fuse scores only the aligned part).
    const lengthFit = Math.min(1, r.key.length / q.length);
    hits.offer(r.doc, FUZZY_FLOOR + (FUZZY_CEIL - FUZZY_FLOOR) * r.closeness * lengthFit, 'fuzzy-name');
  }
}
