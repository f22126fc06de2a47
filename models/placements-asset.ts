// The shape of models/assets/placements.json as the app reads it (written by models/placements.ts): the
// body's parameters, the landmarks (both sides) and every point placed, with its status and the reason
// when it is approximate or unplaced. One schema for every reader — the viewer, the locate guide, the
// detail panel and the print page parse the asset with it, once.
import { z } from 'zod';

const Vec3 = z.tuple([z.number(), z.number(), z.number()]);

export const PlacedPoint = z.object({
  code: z.string(),
  side: z.enum(['left', 'right', 'midline']),
  status: z.enum(['exact', 'approximate', 'unplaced']),
  position: Vec3.optional(),
  normal: Vec3.optional(),
  reason: z.string().optional(),
});
export type PlacedPoint = z.infer<typeof PlacedPoint>;

export const PlacementsAsset = z.object({
  params: z.object({ height: z.number().positive() }),
  landmarks: z.record(z.string(), Vec3),
  points: z.array(PlacedPoint),
});
export type PlacementsAsset = z.infer<typeof PlacementsAsset>;
