// Pure viewer navigation and filtering (no three.js, no DOM): stepping along a channel by point
// number for the arrow keys, and which markers and channel lines the filter bar leaves visible.
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

export interface ViewerFilter {
  channel: ChannelFilter;
  planOnly: boolean;
}

/** The channel a code's marker belongs to for filtering: its channel, or "EX" for extra points. */
export const filterChannel = (code: string): string => parseChannelCode(code)?.channel ?? 'EX';

/** Whether a point's markers stay visible under the filter (the selected point always stays, so search still shows it). */
export function pointVisible(code: string, f: ViewerFilter, plan: ReadonlySet<string>, selected: string | null): boolean {
  if (code === selected) return true;
  if (f.channel !== 'all' && filterChannel(code) !== f.channel) return false;
  return !f.planOnly || plan.has(code);
}

/** Whether a channel's pathway is drawn: its channel passes the filter and, plan-only, one of its points is planned. */
export function channelVisible(channel: string, f: ViewerFilter, plan: ReadonlySet<string>): boolean {
  if (f.channel !== 'all' && channel !== f.channel) return false;
  return !f.planOnly || [...plan].some((code) => filterChannel(code) === channel);
}
