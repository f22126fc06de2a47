// A point's placement on the body, from the placements asset (pure: the asset is passed in).
import type { PlacementsAsset } from '../../models/placements-asset';

export type PlacementStatus = 'exact' | 'approximate' | 'unplaced';

/** How the body model placed the point (the worst of its sides), and why if not exact. */
export function placementOf(asset: PlacementsAsset, code: string): { status: PlacementStatus; reason?: string } {
  const rows = asset.points.filter((p) => p.code === code);
  if (rows.length === 0) return { status: 'unplaced', reason: 'No location rule was evaluated for this point.' };
  const worst = rows.find((r) => r.status === 'unplaced') ?? rows.find((r) => r.status === 'approximate') ?? rows[0]!;
  return { status: worst.status, ...(worst.reason ? { reason: worst.reason } : {}) };
}
