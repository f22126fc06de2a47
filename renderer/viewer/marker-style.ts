// Marker colours and sizes. Markers are unlit (flat colour, no tone mapping) so the highlight colour
// is exactly what lands on screen — the e2e test reads it back from pixels.
export const MARKER_RADIUS_M = 0.0065;
export const SELECTED_SCALE = 2;
export const HOVER_SCALE = 1.5;
/** points of today's plan: noticeable at a glance, but smaller than the hover/selection emphasis */
export const PLAN_SCALE = 1.3;
/** the points of the condition (or pairing) being looked at, shown together */
export const GROUP_SCALE = 1.6;

export const MARKER_COLORS = {
  exact: '#1f6f5c',
  /** placed with a documented approximation: same hue, lighter — visible but not alarming */
  approximate: '#7fb3a5',
  selected: '#e6007e',
  hovered: '#f59a5b',
  /** warm amber, clearly apart from the teal markers and from the hover orange */
  plan: '#e8b000',
  /** violet: the set being looked at (a condition's points), apart from plan amber and selection magenta */
  group: '#6a3fb5',
} as const;

export type MarkerColorKey = keyof typeof MARKER_COLORS;

export interface MarkerFlags {
  selected: boolean;
  hovered: boolean;
  inPlan: boolean;
  /** in the set being looked at (a condition's points) */
  inGroup?: boolean;
  approximate: boolean;
}

/** One marker's colour and scale. Precedence: selected, hovered, in the set looked at, in the plan, then
 *  placement quality. */
export function markerLook(f: MarkerFlags): { color: MarkerColorKey; scale: number } {
  if (f.selected) return { color: 'selected', scale: SELECTED_SCALE };
  if (f.hovered) return { color: 'hovered', scale: HOVER_SCALE };
  if (f.inGroup) return { color: 'group', scale: GROUP_SCALE };
  if (f.inPlan) return { color: 'plan', scale: PLAN_SCALE };
  return { color: f.approximate ? 'approximate' : 'exact', scale: 1 };
}

export const LINE_COLORS = { channel: '#3d7ea6', emphasised: '#c2571a' } as const;
