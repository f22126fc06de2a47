// Places every landmark of the vocabulary on the skin of a generated body (left side + midline; the
// right side is the mirror image). Ids without a ray, or whose ray misses, are reported, not faked.
import { LANDMARKS } from '../../../points/anatomy/landmarks';
import { type Body } from '../body';
import { skinExit } from '../raycast';
import { type Vec3 } from '../vec';
import { axialRays } from './axial';
import { lowerLimbRays, upperLimbRays } from './limbs';
import { type RayTable } from './rays';

export interface LandmarkPlacement {
  /** left-side (or midline) positions on the skin, metres */
  readonly positions: ReadonlyMap<string, Vec3>;
  /** ids that could not be placed, with the reason */
  readonly unplaced: ReadonlyMap<string, string>;
}

export function landmarkRays(body: Body): RayTable {
  const sk = body.skeleton;
  return { ...axialRays(sk), ...upperLimbRays(sk), ...lowerLimbRays(sk) };
}

export function placeLandmarks(body: Body, ids: readonly string[] = LANDMARKS.map((l) => l.id)): LandmarkPlacement {
  const rays = landmarkRays(body);
  const positions = new Map<string, Vec3>();
  const unplaced = new Map<string, string>();
  for (const id of ids) {
    const ray = rays[id];
    if (!ray) {
      unplaced.set(id, 'no placement rule on the generated body');
      continue;
    }
    const hit = skinExit(body.field.at, ray.from, ray.dir, 0.3 * body.skeleton.s);
    if (!hit) {
      unplaced.set(id, 'ray from the skeleton did not reach the skin');
      continue;
    }
    positions.set(id, hit);
  }
  return { positions, unplaced };
}
