// The JSON the renderer and `model:dump` consume: landmarks (both sides) and every point placed.
import { type GeneratedBody } from './generated';
import { type Placement, Locator, type PointRule } from './locator/locator';
import { type BodyParams } from './body/params';

const r6 = (v: readonly number[]): number[] => v.map((x) => Math.round(x * 1e6) / 1e6);

export interface PlacementsJson {
  params: BodyParams;
  landmarks: Record<string, number[]>;
  unplacedLandmarks: Record<string, string>;
  points: { code: string; side: string; status: string; position?: number[]; normal?: number[]; reason?: string }[];
  counts: Record<string, number>;
}

export function placementsJson(gen: GeneratedBody, rules: PointRule[]): PlacementsJson {
  const placements: Placement[] = new Locator(gen.surface, rules).placeAll();
  const counts: Record<string, number> = { exact: 0, approximate: 0, unplaced: 0 };
  for (const p of placements) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return {
    params: gen.body.params,
    landmarks: Object.fromEntries(
      [...gen.surface.landmarks].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, r6(v)]),
    ),
    unplacedLandmarks: Object.fromEntries(gen.placement.unplaced),
    points: placements.map((p) => ({
      code: p.code,
      side: p.side,
      status: p.status,
      ...(p.position ? { position: r6(p.position) } : {}),
      ...(p.normal ? { normal: r6(p.normal) } : {}),
      ...(p.reason ? { reason: p.reason } : {}),
    })),
    counts,
  };
}
