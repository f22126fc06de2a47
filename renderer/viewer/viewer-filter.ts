// Pure viewer navigation and filtering (no three.js, no DOM): stepping along a channel by point
// number for the arrow keys, and which markers and channel lines the filter bar leaves visible.
import { type Category, SHU_KINDS, SHU_LABELS, type ShuKind } from '../../points/schema/point';
import { parseChannelCode } from './scene-math';

/**
 * The code `delta` places along `code`'s channel in point-number order (GB30 +1 → GB31), among
 * `codes`; undefined at either end of the channel, for extra points and for unknown codes.
 */
export function stepInChannel(code: string, codes: readonly string[], delta: 1 | -1): string | undefined {
  const at = parseChannelCode(code);
  if (!at) return undefined;
  const numbers = codes
    .map(parseChannelCode)
    .filter((p) => p !== undefined && p.channel === at.channel)
    .map((p) => p?.number ?? 0)
    .sort((a, b) => a - b);
  const i = numbers.indexOf(at.number);
  const next = i < 0 ? undefined : numbers[i + delta];
  return next === undefined ? undefined : `${at.channel}${next}`;
}

/** "all", a channel ("GB"), or "EX" for the extra points (codes that are not channel + number). */
export type ChannelFilter = string;

type CategoryKind = Category['kind'];

/** "all", a category kind ("yuan-source"), or "five-shu:he-sea" for one of the five transport points. */
export type CategoryFilter = 'all' | CategoryKind | `five-shu:${ShuKind}`;

export interface ViewerFilter {
  channel: ChannelFilter;
  category: CategoryFilter;
  planOnly: boolean;
}

/** A point's categories (from the knowledge base); undefined for a code it does not know. */
export type CategoriesOf = (code: string) => readonly Category[] | undefined;

export interface CategoryOption {
  value: CategoryFilter;
  label: string;
  group?: string;
}

// Records keyed by the schema's own unions: a category kind added to points/schema/point.ts fails the
// type check here until it has a label, so the filter never silently misses one.
const KIND_LABELS: Record<CategoryKind, string> = {
  'five-shu': 'All five transport (shu) points',
  'yuan-source': 'Yuan-source',
  'luo-connecting': 'Luo-connecting',
  'xi-cleft': 'Xi-cleft',
  'back-shu': 'Back-shu',
  'front-mu': 'Front-mu',
  'lower-he-sea': 'Lower he-sea',
  influential: 'Influential (hui-meeting)',
  confluent: 'Confluent (eight vessels)',
  crossing: 'Crossing (meeting) points',
};
const FIVE_SHU = 'Five transport points';

/** The category filter's choices after "All categories": the five transport points grouped, then the other kinds. */
export const CATEGORY_OPTIONS: readonly CategoryOption[] = [
  { value: 'five-shu', label: KIND_LABELS['five-shu'], group: FIVE_SHU },
  ...SHU_KINDS.map((shu): CategoryOption => ({ value: `five-shu:${shu}`, label: SHU_LABELS[shu], group: FIVE_SHU })),
  ...(Object.keys(KIND_LABELS) as CategoryKind[])
    .filter((k) => k !== 'five-shu')
    .map((k): CategoryOption => ({ value: k, label: KIND_LABELS[k] })),
];

export const isCategoryFilter = (v: string): v is CategoryFilter =>
  v === 'all' || CATEGORY_OPTIONS.some((o) => o.value === v);

/** Whether a point with these categories belongs to the chosen category ("all" keeps every point). */
export function matchesCategory(categories: readonly Category[] | undefined, filter: CategoryFilter): boolean {
  if (filter === 'all') return true;
  const [kind, shu] = filter.split(':');
  return (categories ?? []).some(
    (c) => c.kind === kind && (shu === undefined || (c.kind === 'five-shu' && c.shu === shu)),
  );
}

/** The channel a code's marker belongs to for filtering: its channel, or "EX" for extra points. */
export const filterChannel = (code: string): string => parseChannelCode(code)?.channel ?? 'EX';

/** Whether a point's markers stay visible under the filter (the selected point always stays, so search still shows it). */
export function pointVisible(
  code: string,
  f: ViewerFilter,
  plan: ReadonlySet<string>,
  selected: string | null,
  categoriesOf: CategoriesOf,
): boolean {
  if (code === selected) return true;
  if (f.channel !== 'all' && filterChannel(code) !== f.channel) return false;
  if (!matchesCategory(categoriesOf(code), f.category)) return false;
  return !f.planOnly || plan.has(code);
}

/** Channels with at least one point of the category among `codes`; null when every category is shown. */
export function channelsInCategory(
  codes: Iterable<string>,
  category: CategoryFilter,
  categoriesOf: CategoriesOf,
): ReadonlySet<string> | null {
  if (category === 'all') return null;
  const out = new Set<string>();
  for (const code of codes) if (matchesCategory(categoriesOf(code), category)) out.add(filterChannel(code));
  return out;
}

/**
 * Whether a channel's pathway is drawn: its channel passes the filter, it has a point of the chosen
 * category (`categoryChannels`, from channelsInCategory) and, plan-only, one of its points is planned.
 */
export function channelVisible(
  channel: string,
  f: ViewerFilter,
  plan: ReadonlySet<string>,
  categoryChannels: ReadonlySet<string> | null,
): boolean {
  if (f.channel !== 'all' && channel !== f.channel) return false;
  if (categoryChannels && !categoryChannels.has(channel)) return false;
  return !f.planOnly || [...plan].some((code) => filterChannel(code) === channel);
}
