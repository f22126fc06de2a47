// Pure planning for the printed body diagrams (no three.js, no DOM): which placed markers a plan needs,
// which view shows each one best, and where the numbered labels go on the image.
import { planMarkerHits, type PlanPointRef } from '../viewer/plan-markers';
import type { MarkerInstance, Vec3 } from '../viewer/scene-math';

export type DiagramView = 'front' | 'back' | 'left' | 'right';

/** Direction from the body towards the camera, body frame (+Z anterior, +X the body's left). */
export const VIEW_DIR: Readonly<Record<DiagramView, Vec3>> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
};
export const VIEW_TITLE: Readonly<Record<DiagramView, string>> = {
  front: 'Front',
  back: 'Back',
  left: 'Left side',
  right: 'Right side',
};
export const VIEW_ORDER: readonly DiagramView[] = ['front', 'back', 'left', 'right'];

export interface DiagramMarker {
  number: number;
  code: string;
  position: Vec3;
  normal: Vec3;
}

/** The placed markers of a plan, numbered as in the points table (rule: viewer/plan-markers.ts); midline points have one marker. */
export function planMarkers(
  points: readonly PlanPointRef[],
  placed: readonly MarkerInstance[],
): { markers: DiagramMarker[]; unplaced: string[] } {
  const { hits, unplaced } = planMarkerHits(points, placed);
  const markers = hits.map(({ number, code, index }) => {
    const m = placed[index] as MarkerInstance;
    return { number, code, position: m.position, normal: m.normal };
  });
  return { markers, unplaced };
}

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Views ordered by how squarely the skin normal faces the camera (best first). */
export function rankViews(normal: Vec3): DiagramView[] {
  return [...VIEW_ORDER].sort((a, b) => dot(normal, VIEW_DIR[b]) - dot(normal, VIEW_DIR[a]));
}

/**
 * The view a marker is drawn in: the best-facing view in which nothing (another limb) hides it.
 * A grazing view (normal almost perpendicular to the view) does not count as facing.
 */
export function bestView(m: DiagramMarker, visible: (m: DiagramMarker, v: DiagramView) => boolean): DiagramView {
  const ranked = rankViews(m.normal);
  const facing = ranked.filter((v) => dot(m.normal, VIEW_DIR[v]) > 0.15);
  return facing.find((v) => visible(m, v)) ?? ranked.find((v) => v === 'front' || v === 'back') ?? 'front';
}

/** Front and back always, a side view only when a marker is best seen from that side. */
export function neededViews(assigned: readonly DiagramView[]): DiagramView[] {
  return VIEW_ORDER.filter((v) => v === 'front' || v === 'back' || assigned.includes(v));
}

/** NDC (-1…1, +y up) → image pixels (+y down). */
export const ndcToPixel = (x: number, y: number, width: number, height: number): [number, number] => [
  ((x + 1) / 2) * width,
  ((1 - y) / 2) * height,
];

export interface PlacedLabel {
  number: number;
  x: number;
  y: number;
  lx: number;
  ly: number;
}

/**
 * Labels sit beside their dots, pushed outward (away from the image's centre line) so they do not hide
 * the skin spot, and nudged apart vertically when two on the same side would overlap.
 */
export function layoutLabels(
  dots: readonly { number: number; x: number; y: number }[],
  width: number,
  offset: number,
  gap: number,
): PlacedLabel[] {
  const r = gap / 2;
  // Kept inside the image: a label past its edge would be clipped by the SVG viewport.
  const clampX = (x: number): number => Math.min(width - r, Math.max(r, x));
  const out = dots.map((d) => ({ ...d, lx: clampX(d.x + (d.x < width / 2 ? -offset : offset)), ly: d.y }));
  for (const side of [-1, 1]) {
    const group = out.filter((l) => (l.x < width / 2 ? -1 : 1) === side).sort((a, b) => a.ly - b.ly);
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1] as PlacedLabel;
      const cur = group[i] as PlacedLabel;
      if (Math.abs(cur.lx - prev.lx) < gap && cur.ly - prev.ly < gap) cur.ly = prev.ly + gap;
    }
  }
  return out;
}
