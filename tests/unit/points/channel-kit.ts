// Shared helpers for the points data tests: every file of points/data/points/index.ts parsed once,
// plus the lookups the structural test (channel-structure.test.ts) and the hand-checked group tests use.
import { POINT_FILES } from '../../../points/data/points/index';
import { type LocExpr, type Move, isPointCode, refsOf } from '../../../points/schema/location-rule';
import {
  CHANNEL_POINT_COUNTS,
  CHANNELS,
  PointsFile,
  type Category,
  type Channel,
  type PointRecord,
} from '../../../points/schema/point';

/** The seven featured points live in featured.json, not in their channel files. */
export const SEED_CODES: ReadonlySet<string> = new Set(['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36']);

/** All 48 extra points of the WHO Standard Acupuncture Nomenclature (1993), in its order. */
export const EXTRA_CODES: readonly string[] = [
  'EX-HN1',
  'EX-HN2',
  'EX-HN3',
  'EX-HN4',
  'EX-HN5',
  'EX-HN6',
  'EX-HN7',
  'EX-HN8',
  'EX-HN9',
  'EX-HN10',
  'EX-HN11',
  'EX-HN12',
  'EX-HN13',
  'EX-HN14',
  'EX-HN15',
  'EX-CA1',
  'EX-B1',
  'EX-B2',
  'EX-B3',
  'EX-B4',
  'EX-B5',
  'EX-B6',
  'EX-B7',
  'EX-B8',
  'EX-B9',
  'EX-UE1',
  'EX-UE2',
  'EX-UE3',
  'EX-UE4',
  'EX-UE5',
  'EX-UE6',
  'EX-UE7',
  'EX-UE8',
  'EX-UE9',
  'EX-UE10',
  'EX-UE11',
  'EX-LE1',
  'EX-LE2',
  'EX-LE3',
  'EX-LE4',
  'EX-LE5',
  'EX-LE6',
  'EX-LE7',
  'EX-LE8',
  'EX-LE9',
  'EX-LE10',
  'EX-LE11',
  'EX-LE12',
];

/** Yin channels take wood at the well point; all other shu-bearing channels are yang (metal at the well). */
export const YIN_CHANNELS: ReadonlySet<string> = new Set(['LU', 'SP', 'HT', 'KI', 'PC', 'LR']);

export interface LoadedFile {
  readonly file: string;
  /** 'featured', 'extra', or the channel a per-channel file holds */
  readonly kind: Channel | 'featured' | 'extra';
  readonly points: readonly PointRecord[];
}

const kindOf = (file: string): LoadedFile['kind'] => {
  const base = /([a-z]+)\.json$/.exec(file)?.[1] ?? '';
  if (base === 'featured' || base === 'extra') return base;
  const ch = CHANNELS.find((c) => c.toLowerCase() === base);
  if (!ch) throw new Error(`${file}: not a featured, extra or channel file`);
  return ch;
};

export const FILES: readonly LoadedFile[] = POINT_FILES.map(({ file, data }) => ({
  file,
  kind: kindOf(file),
  points: PointsFile.parse(data).points,
}));
export const ALL_POINTS: readonly PointRecord[] = FILES.flatMap((f) => f.points);
export const CHANNEL_FILES = FILES.filter(
  (f): f is LoadedFile & { kind: Channel } => f.kind !== 'featured' && f.kind !== 'extra',
);

/** The records of the given channel files (and 'extra'/'featured' if named), in file order. */
export const pointsOf = (...kinds: LoadedFile['kind'][]): PointRecord[] =>
  FILES.filter((f) => kinds.includes(f.kind)).flatMap((f) => f.points);

/** A lookup that throws on an unknown code, so a missing record fails loudly. */
export function lookup(points: readonly PointRecord[]): (code: string) => PointRecord {
  const byCode = new Map(points.map((p) => [p.code, p]));
  return (code) => {
    const p = byCode.get(code);
    if (!p) throw new Error(`no record ${code}`);
    return p;
  };
}

/** WHO codes of a channel, in order, without the seed points. */
export const expectedCodes = (ch: Channel): string[] =>
  Array.from({ length: CHANNEL_POINT_COUNTS[ch] }, (_, i) => `${ch}${i + 1}`).filter((c) => !SEED_CODES.has(c));

/** A standard code: a WHO channel with a number inside its point count, or one of the agreed extra points. */
export function isStandardCode(code: string): boolean {
  if (code.startsWith('EX-')) return EXTRA_CODES.includes(code);
  const m = /^([A-Z]{2})(\d{1,2})$/.exec(code);
  const count = m ? (CHANNEL_POINT_COUNTS as Record<string, number | undefined>)[m[1] ?? ''] : undefined;
  const n = Number(m?.[2]);
  return count !== undefined && n >= 1 && n <= count;
}

export const pointRefs = (p: PointRecord): string[] => refsOf(p.location.rule.expr).filter(isPointCode);
/** Landmark ids a rule uses, with the @right suffix of transverse scales removed. */
export const landmarkRefs = (p: PointRecord): string[] =>
  refsOf(p.location.rule.expr)
    .filter((r) => !isPointCode(r))
    .map((r) => r.replace(/@right$/, ''));

/** Every move of an expression, however deeply nested. */
export function movesOf(e: LocExpr): Move[] {
  if (typeof e === 'string') return [];
  if ('along' in e) return [...movesOf(e.along[0]), ...movesOf(e.along[1])];
  if ('mid' in e) return [...movesOf(e.mid[0]), ...movesOf(e.mid[1])];
  return [...movesOf(e.from), ...e.move];
}

/** Toned pinyin without tone marks and syllable apostrophes (Fù'āi → Fuai). */
export const plainPinyin = (toned: string): string =>
  toned
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '');

export const hasCategory = (p: PointRecord, c: Category): boolean =>
  p.categories.some((x) => JSON.stringify(x) === JSON.stringify(c));
export const categoriesOf = (p: PointRecord, kind: Category['kind']): Category[] =>
  p.categories.filter((c) => c.kind === kind);
/** Sorted codes of the records carrying a category of that kind. */
export const codesWith = (points: readonly PointRecord[], kind: Category['kind']): string[] =>
  points
    .filter((p) => p.categories.some((c) => c.kind === kind))
    .map((p) => p.code)
    .sort();
export const fiveShu = (shu: string, phase: string): Category => ({ kind: 'five-shu', shu, phase }) as Category;
