// Look-ups the point detail panel needs from the knowledge base.
import { kb, pointByCode } from '../data/knowledge';
import { type Category, type PointRecord, SHU_LABELS } from '../../points/schema/point';
import type { Pairing } from '../../points/schema/pairing';
import type { Condition } from '../../points/schema/condition';

/** Other ways the same code is written: channel abbreviations (SJ5, TB5 …) and whole-code aliases (GV29). */
export function aliasesFor(point: PointRecord): string[] {
  const { channelAbbreviations, codeAliases } = kb().aliases;
  const byChannel =
    point.channel === 'EX'
      ? []
      : channelAbbreviations
          .filter((a) => a.channel === point.channel && a.abbr !== point.channel)
          .map((a) => `${a.abbr}${point.number}`);
  const whole = codeAliases.filter((a) => a.code === point.code).map((a) => a.alias);
  return [...new Set([...whole, ...(point.altCodes ?? []), ...byChannel])];
}

const words = (id: string): string => id.replace(/-/g, ' ');

export function categoryLabel(c: Category): string {
  switch (c.kind) {
    case 'five-shu':
      return `${SHU_LABELS[c.shu]} (${c.phase})`;
    case 'yuan-source':
      return 'Yuan-source';
    case 'luo-connecting':
      return 'Luo-connecting';
    case 'xi-cleft':
      return 'Xi-cleft';
    case 'back-shu':
      return `Back-shu of the ${words(c.organ)}`;
    case 'front-mu':
      return `Front-mu of the ${words(c.organ)}`;
    case 'lower-he-sea':
      return `Lower he-sea of the ${words(c.organ)}`;
    case 'influential':
      return `Influential point of ${words(c.tissue)}`;
    case 'confluent':
      return `Confluent point of the ${words(c.vessel)} vessel`;
    case 'crossing':
      return `Meeting of ${c.channels.map(words).join(', ')}`;
  }
}

export const pairingsFor = (code: string): Pairing[] => kb().pairings.filter((p) => p.points.includes(code));
export const conditionsFor = (code: string): Condition[] =>
  kb().conditions.filter((c) => c.points.some((p) => p.code === code));
export const sourceTitle = (id: string): string => kb().sources.find((s) => s.id === id)?.title ?? id;
export const sourceLabel = (id: string): string => kb().sources.find((s) => s.id === id)?.label ?? id;
export const pointLabel = (code: string): string | undefined => {
  const p = pointByCode(code);
  return p ? `${p.code} (${p.pinyin.toned})` : undefined;
};
