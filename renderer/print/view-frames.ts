// Pure layout of the diagram views on the shared render canvas: each view's orthographic half-extents
// (the body's bounding box plus a margin) and its pixel slot, side by side in view order.
import type { Vec3 } from '../viewer/scene-math';
import { type DiagramView, VIEW_ORDER } from './diagram-views';

/** Image resolution: ~160 dpi at the printed size, enough for crisp skin shading without big images. */
export const PX_PER_M = 420;
export const MARGIN_M = 0.04;

export interface ViewFrame {
  halfW: number;
  halfH: number;
  x: number;
  width: number;
  height: number;
}

/** Frames for every view from the body's bounding-box size (metres); width/height of the whole canvas. */
export function viewFrames(size: Vec3): { frames: Record<DiagramView, ViewFrame>; width: number; height: number } {
  const halfH = size[1] / 2 + MARGIN_M;
  const height = Math.round(halfH * 2 * PX_PER_M);
  let x = 0;
  const frames = {} as Record<DiagramView, ViewFrame>;
  for (const view of VIEW_ORDER) {
    // Front/back look along Z and show the body's X extent; the side views show its Z extent.
    const halfW = (view === 'front' || view === 'back' ? size[0] : size[2]) / 2 + MARGIN_M;
    const width = Math.round(halfW * 2 * PX_PER_M);
    frames[view] = { halfW, halfH, x, width, height };
    x += width;
  }
  return { frames, width: x, height };
}
