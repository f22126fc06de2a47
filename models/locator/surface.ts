// The surface contract the locator works against: any body (our generated SDF body or a sculpted mesh)
// that supplies the landmark set and can project a point onto its skin.
import { type Vec3, mirrorX } from '../body/vec';

export interface SkinPoint {
  readonly position: Vec3;
  /** outward unit normal */
  readonly normal: Vec3;
}

export interface BodySurface {
  /**
   * Landmark positions by id. Midline and left-side landmarks use the plain id; the right-side copy of a
   * bilateral landmark is `${id}@right` (the same spelling location rules use).
   */
  readonly landmarks: ReadonlyMap<string, Vec3>;
  /**
   * The skin point for `p`: with `face`, the nearest place where the skin faces that way along the line
   * through p (so a point on the buttock is not projected onto the side of the hip); without it, the
   * closest skin point. null when nothing suitable is found.
   */
  project(p: Vec3, face?: Vec3): SkinPoint | null;
}

/** Adds `${id}@right` mirror copies of the bilateral landmarks of a left-side map. */
export function withMirroredRight(
  left: ReadonlyMap<string, Vec3>,
  isBilateral: (id: string) => boolean,
): Map<string, Vec3> {
  const out = new Map(left);
  for (const [id, p] of left) if (isBilateral(id)) out.set(`${id}@right`, mirrorX(p));
  return out;
}
