// Remembers the main window's size and position between runs. The saved file is untrusted input: it is
// validated, and a window that would open off every screen is moved back onto the primary display.
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}
export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { bounds: { width: 1440, height: 900 }, maximized: false };

const Saved = z.strictObject({
  bounds: z.strictObject({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
  }),
  maximized: z.boolean(),
});

/** Parses saved state; anything unreadable falls back to the default window. */
export function parseWindowState(text: string | undefined, displays: readonly Area[]): WindowState {
  if (!text) return DEFAULT_STATE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return DEFAULT_STATE;
  }
  const saved = Saved.safeParse(json);
  if (!saved.success) return DEFAULT_STATE;
  return { ...saved.data, bounds: fitOnScreen(saved.data.bounds, displays) };
}

/** Keeps the window's size (shrunk to the display if needed); drops a position that no display shows. */
export function fitOnScreen(bounds: WindowBounds, displays: readonly Area[]): WindowBounds {
  const primary = displays[0];
  if (!primary) return { width: bounds.width, height: bounds.height };
  const width = Math.min(bounds.width, primary.width);
  const height = Math.min(bounds.height, primary.height);
  if (bounds.x === undefined || bounds.y === undefined) return { width, height };
  const { x, y } = bounds;
  // Visible enough = the title bar's top-left 100×40 px lies inside some display.
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y + 40 < d.y + d.height);
  return visible ? { x, y, width, height } : { width, height };
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state, null, 2);
}
