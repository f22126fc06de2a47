// A landmark is placed by a ray from a point on (or inside) the skeleton to the skin: the exit point
// is exactly on the surface, and it follows every body parameter because the skeleton does.
import { type Vec3 } from '../vec';

export interface LandmarkRay {
  /** inside the body */
  from: Vec3;
  dir: Vec3;
}

export type RayTable = Record<string, LandmarkRay>;
