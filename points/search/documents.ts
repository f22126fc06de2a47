// Turns the corpus into one flat list of documents with precomputed keys, and a hit collector that
// keeps the best score per document. Everything here runs once at index build time except `Hits`.
import { codeKey, hanziKey, pinyinKey, spacedKey } from './normalize';
import { POINT_CODE_SOURCE } from '../schema/common';
import type { MatchKind, ResultType, SearchCorpus, SearchResult, SearchablePairing } from './types';

export interface TextField {
  text: string;
  /** relevance of a full-text match in this field, 0..1 */
  weight: number;
}

export interface Doc {
  type: ResultType;
  id: string;
  title: string;
  subtitle: string;
  /** position in canonical order (channel order, then number) — the last tie-break */
  order: number;
  featured: boolean;
  /** small relevance prior for full-text ties: featured points and points used in pairings/conditions */
  prior: number;
  /** code keys ("GB30", "GV29") for points */
  codes: string[];
  /** WHO codes a pairing/condition refers to (a condition's main points first) */
  refs: string[];
  /** how many of `refs` are a condition's main points */
  primaryRefs: number;
  pinyin: string[];
  hanzi: string[];
  /** spaced English names, condition names and aliases, pairing titles */
  words: string[];
  fullText: TextField[];
}

/** a point code inside a pairing title */
const CODE_TOKEN = new RegExp(`\\b${POINT_CODE_SOURCE}\\b`, 'g');

const W_NAME = 1;
const W_INDICATION = 1;
const W_CONDITION = 1;
const W_FUNCTION = 0.8;
const W_OTHER = 0.7;

const unique = (xs: string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];
const fields = (texts: readonly string[], weight: number): TextField[] => texts.map((text) => ({ text, weight }));

/**
 * Among points that match a symptom equally, prefer those this reference treats as central: the featured
 * points, then points that pairings and conditions name. Never more than 0.04, below any tier gap.
 */
function prior(featured: boolean, pairings: number, conditions: number): number {
  return (featured ? 0.01 : 0) + Math.min(0.02, 0.005 * pairings) + Math.min(0.01, 0.005 * conditions);
}

/** "Four Gates" → "LI4 + LR3"; "GB30 + GB34" already names its points, so show its purpose instead. */
function pairingSubtitle(p: SearchablePairing): string {
  const codes = p.points.join(' + ');
  return p.points.every((c) => p.title.includes(c)) ? (p.text[0] ?? codes) : codes;
}

export function buildDocs(corpus: SearchCorpus): Doc[] {
  const conditionNames = new Map(corpus.conditions.map((c) => [c.id, [c.name, ...c.aliases]]));
  // A point is "for" a condition when either record says so (point.conditions or condition.points).
  const conditionsOf = (code: string, own: readonly string[] = []): string[] => [
    ...new Set([...own, ...corpus.conditions.filter((c) => c.points.includes(code)).map((c) => c.id)]),
  ];
  const docs: Doc[] = corpus.points.map((p, i) => ({
    type: 'point',
    id: p.code,
    title: `${p.code} ${p.pinyin.toned} ${p.hanzi.simplified}`,
    subtitle: p.english.join(' · '),
    order: i,
    featured: p.featured === true,
    prior: prior(
      p.featured === true,
      corpus.pairings.filter((x) => x.points.includes(p.code)).length,
      conditionsOf(p.code, p.conditions).length,
    ),
    codes: unique([p.code, ...(p.altCodes ?? [])].map(codeKey)),
    refs: [p.code],
    primaryRefs: 0,
    pinyin: unique([pinyinKey(p.pinyin.plain), pinyinKey(p.pinyin.toned)]),
    hanzi: unique([hanziKey(p.hanzi.simplified), hanziKey(p.hanzi.traditional)]),
    words: unique(p.english.map(spacedKey)),
    fullText: [
      ...fields([...p.english, p.pinyin.plain], W_NAME),
      ...fields(p.indications, W_INDICATION),
      ...fields(
        conditionsOf(p.code, p.conditions).flatMap((id) => conditionNames.get(id) ?? []),
        W_CONDITION,
      ),
      ...fields(p.functions, W_FUNCTION),
    ],
  }));
  const base = docs.length;
  corpus.conditions.forEach((c, i) => {
    docs.push({
      type: 'condition',
      id: c.id,
      title: c.name,
      subtitle: c.points.join(' · '),
      order: base + i,
      featured: false,
      prior: 0,
      codes: [],
      refs: unique([...(c.primaryPoints ?? []), ...c.points]),
      primaryRefs: c.primaryPoints?.length ?? 0,
      pinyin: [],
      hanzi: [],
      words: unique([c.name, ...c.aliases].map(spacedKey)),
      fullText: [...fields([c.name, ...c.aliases], W_NAME), ...fields(c.text, W_OTHER)],
    });
  });
  const base2 = docs.length;
  corpus.pairings.forEach((p, i) => {
    docs.push({
      type: 'pairing',
      id: p.id,
      title: p.title,
      subtitle: pairingSubtitle(p),
      order: base2 + i,
      featured: false,
      prior: 0,
      codes: [],
      refs: [...p.points],
      primaryRefs: 0,
      pinyin: [],
      hanzi: [],
      // Codes in a title ("GB30 + GB34") are the code tier's business; index only the words.
      words: unique([spacedKey(p.title.replace(CODE_TOKEN, ' '))]),
      fullText: [...fields([p.title], W_NAME), ...fields(p.text, W_OTHER)],
    });
  });
  return docs;
}

/** Best score per document for one query; the tiers offer hits, `top` ranks them. */
export class Hits {
  private readonly best = new Map<number, { score: number; match: MatchKind }>();

  offer(doc: number, score: number, match: MatchKind): void {
    const prev = this.best.get(doc);
    if (!prev || score > prev.score) this.best.set(doc, { score: Math.min(1, score), match });
  }

  /** Documents hit with at least `minScore`. */
  docsAbove(minScore: number): number[] {
    return [...this.best].filter(([, h]) => h.score >= minScore).map(([doc]) => doc);
  }

  /** Highest score found so far (0 when none). */
  maxScore(): number {
    let max = 0;
    for (const h of this.best.values()) max = Math.max(max, h.score);
    return max;
  }

  count(minScore: number): number {
    let n = 0;
    for (const h of this.best.values()) if (h.score >= minScore) n++;
    return n;
  }

  top(docs: readonly Doc[], limit: number): SearchResult[] {
    const ranked = [...this.best.entries()].sort(([a, ha], [b, hb]) => {
      if (hb.score !== ha.score) return hb.score - ha.score;
      const da = docs[a] as Doc;
      const db = docs[b] as Doc;
      // Equal scores: the seven featured points first (this reference's focus), then canonical order.
      if (da.featured !== db.featured) return da.featured ? -1 : 1;
      return da.order - db.order;
    });
    return ranked.slice(0, limit).map(([i, h]) => {
      const d = docs[i] as Doc;
      return {
        type: d.type,
        id: d.id,
        title: d.title,
        subtitle: d.subtitle,
        score: Number(h.score.toFixed(4)),
        match: h.match,
      };
    });
  }
}
