// The placements asset is read by one schema (models/placements-asset.ts) and one loader; the detail
// panel's placement line comes from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlacementsAsset } from '../../../models/placements-asset';
import { placementOf } from '../../../renderer/data/placement-status';

const asset = PlacementsAsset.parse(
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, '../../../models/assets/bodies/male-average.placements.json'),
      'utf8',
    ),
  ),
);

describe('the placements asset as the app reads it', () => {
  it('parses with the schema: the body height, landmarks on both sides, every point', () => {
    expect(asset.params.height).toBeGreaterThan(1.3);
    expect(Object.keys(asset.landmarks).some((k) => k.endsWith('@right'))).toBe(true);
    expect(new Set(asset.points.map((p) => p.code)).size).toBeGreaterThanOrEqual(409);
  });

  it("a point's placement is its worst side, with the reason when it is not exact", () => {
    const tongue = placementOf(asset, 'EX-HN10');
    expect(tongue.status).toBe('approximate');
    expect(tongue.reason).toBeTruthy();
    expect(placementOf(asset, 'GB30').status).toMatch(/^(exact|approximate)$/);
    expect(placementOf(asset, 'ZZ99')).toEqual({
      status: 'unplaced',
      reason: 'No location rule was evaluated for this point.',
    });
  });

  it('a damaged asset is refused, not half read', () => {
    expect(PlacementsAsset.safeParse({ params: {}, landmarks: {}, points: [] }).success).toBe(false);
    expect(
      PlacementsAsset.safeParse({ ...asset, points: [{ code: 'GB30', side: 'up', status: 'exact' }] }).success,
    ).toBe(false);
  });
});
