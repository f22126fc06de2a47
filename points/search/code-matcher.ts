// Tier 1: codes. Exact resolution goes through the knowledge base's alias resolver (SJ5 → TE5,
// LIV-3 → LR3, DU20 → GV20); while a code is still being typed ("gb3", "sj1") the channel's points
// whose number starts with the typed digits follow, and several codes together find their pairings.
import { codeKey } from './normalize';
import type { Doc, Hits } from './documents';
import type { SearchCorpus } from './types';

export const SCORE_CODE = 1;
export const SCORE_CODE_PREFIX = 0.9;
export const SCORE_PAIRING_BY_CODES = 0.98;
/** a bare channel abbreviation lists the channel: above inner parts of names, below name prefixes */
export const SCORE_CHANNEL = 0.8;
/** a pairing holding the one code typed: listed after the point (Enter still opens the point) */
export const SCORE_PAIRING_MEMBER = 0.85;

const CODE_LIKE = /^([a-z]+)[\s.-]*(\d{1,3})$/i;
const LETTERS_ONLY = /^[a-z]{2,4}$/i;
/** an extra-point code being typed: "ex", "ex-h", "exhn1" */
const EXTRA_PREFIX = /^EX[A-Z]{0,3}\d{0,2}$/;

export class CodeMatcher {
  /** code key → point doc index (WHO code and alternative codes) */
  private readonly byCode = new Map<string, number>();
  /** channel prefix of a code ("GB", "EX-HN") → point doc indexes in canonical order */
  private readonly byChannel = new Map<string, number[]>();
  private readonly pairings: number[] = [];

  constructor(
    private readonly docs: readonly Doc[],
    private readonly resolve: SearchCorpus['resolveCode'],
  ) {
    docs.forEach((d, i) => {
      if (d.type === 'pairing') this.pairings.push(i);
      if (d.type !== 'point') return;
      for (const c of d.codes) this.byCode.set(c, i);
      const channel = channelOf(d.id);
      const list = this.byChannel.get(channel) ?? [];
      list.push(i);
      this.byChannel.set(channel, list);
    });
  }

  /** Offers code hits; returns true when the query is a complete code (so name tiers may stay small). */
  match(query: string, hits: Hits): boolean {
    const exact = this.resolveToDoc(query);
    if (exact !== undefined) hits.offer(exact, SCORE_CODE, 'code');
    const m = CODE_LIKE.exec(query.trim());
    if (m) this.prefix(m[1] as string, m[2] as string, hits);
    else if (LETTERS_ONLY.test(query.trim())) this.channel(query.trim(), hits);
    if (EXTRA_PREFIX.test(codeKey(query))) this.extraPrefix(codeKey(query), hits);
    if (exact === undefined) this.several(query, hits);
    else this.memberOf(exact, hits);
    return exact !== undefined;
  }

  private resolveToDoc(input: string): number | undefined {
    const code = this.resolve(input);
    if (code) return this.byCode.get(codeKey(code));
    return undefined;
  }

  /** "gb3" → GB3 (exact, via resolution) and GB30…GB39; "sj1" → TE1, TE10…TE19 via the alias. */
  private prefix(letters: string, digits: string, hits: Hits): void {
    const channel = this.channelFor(letters);
    const list = channel ? this.byChannel.get(channel) : undefined;
    if (!list) return;
    const typed = String(Number(digits));
    for (const i of list) {
      const num = (this.docs[i] as Doc).id.slice(channel?.length ?? 0);
      if (num !== typed && num.startsWith(typed))
        hits.offer(i, SCORE_CODE_PREFIX - 0.001 * (num.length - typed.length), 'code-prefix');
    }
  }

  /** "ex-hn" → EX-HN1, EX-HN2 …; "ex" → every extra point. */
  private extraPrefix(key: string, hits: Hits): void {
    for (const [code, i] of this.byCode) {
      if (code.startsWith(key) && code.startsWith('EX'))
        hits.offer(i, SCORE_CODE_PREFIX - 0.001 * (code.length - key.length), 'code-prefix');
    }
  }

  /** A bare channel abbreviation ("gb", "sj", "du") lists that channel, below any name match. */
  private channel(letters: string, hits: Hits): void {
    const channel = this.channelFor(letters);
    const list = channel ? this.byChannel.get(channel) : undefined;
    if (list) for (const i of list) hits.offer(i, SCORE_CHANNEL, 'channel');
  }

  /** The WHO channel an abbreviation stands for, learnt from the resolver on its first point. */
  private channelFor(letters: string): string | undefined {
    const direct = letters.toUpperCase();
    if (this.byChannel.has(direct)) return direct;
    const resolved = this.resolve(`${letters}1`);
    return resolved ? channelOf(resolved.toUpperCase()) : undefined;
  }

  /** "lu7": the pairings that hold the point, below it and its code-prefix neighbours. */
  private memberOf(point: number, hits: Hits): void {
    const code = (this.docs[point] as Doc).id;
    for (const i of this.pairings)
      if ((this.docs[i] as Doc).refs.includes(code)) hits.offer(i, SCORE_PAIRING_MEMBER, 'pairing-member');
  }

  /** "gb30 bl40": every point named, and the pairings holding all of them ranked first. */
  private several(query: string, hits: Hits): void {
    const parts = query.split(/[\s,+&/]+|\band\b/i).filter((p) => p.length > 0);
    if (parts.length < 2) return;
    const codes = parts.map((p) => this.resolveToDoc(p));
    if (codes.some((c) => c === undefined)) return;
    const wanted = new Set(codes.map((c) => (this.docs[c as number] as Doc).id));
    for (const c of codes) hits.offer(c as number, SCORE_CODE_PREFIX, 'code');
    for (const i of this.pairings) {
      const refs = (this.docs[i] as Doc).refs;
      if ([...wanted].every((w) => refs.includes(w))) hits.offer(i, SCORE_PAIRING_BY_CODES, 'code');
    }
  }
}

/** "GB30" → "GB", "EX-HN3" → "EX-HN". */
export function channelOf(code: string): string {
  return code.replace(/\d+$/, '');
}
