// Marker colours and sizes. Markers are unlit (flat colour, no tone mapping) so the highlight colour
// is exactly what lands on screen — the e2e test reads it back from pixels.
export const MARKER_RADIUS_M = 0.0065;
export const SELECTED_SCALE = 2;
export const HOVER_SCALE = 1.5;

export const MARKER_COLORS = {
  exact: '#1f6f5c',
  /** placed with a documented approximation: same hue, lighter — visible but not alarming */
  approximate: '#7fb3a5',
  selected: '#e6007e',
  hovered: '#f59a5b',
} as const;

export const LINE_COLORS = { channel: '#3d7ea6', emphasised: '#c2571a' } as const;
