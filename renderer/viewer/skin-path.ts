// Lays lines onto the body. Channel paths: each leg is subdivided and every interpolated point is moved
// to the nearest skin point (BVH query) and lifted along the interpolated normal, so a line between two
// distant points follows the body's curve instead of cutting through it. Measuring lines of the locate
// guide: projected along the rule's facing direction, as the locator places the point itself.
import { Vector3, type BufferGeometry } from 'three';
import { meshProjector } from '../../models/locator/mesh-surface';
import { MeshBVH } from 'three-mesh-bvh';
import { lift, subdividePath, type ChannelPath, type Vec3 } from './scene-math';

const STEP_M = 0.02;
/** A nearest skin point farther than this is another body part (e.g. the torso beside an arm): keep the straight line. */
const MAX_SNAP_M = 0.04;

/** The BVH built when the body loaded (renderer/data/body-assets.ts), or a new one. */
export const skinBvh = (skin: BufferGeometry): MeshBVH =>
  skin.boundsTree instanceof MeshBVH ? skin.boundsTree : new MeshBVH(skin);

export function layOnSkin(paths: readonly ChannelPath[], skin: BufferGeometry, liftBy: number): ChannelPath[] {
  const bvh = skinBvh(skin);
  const p = new Vector3();
  return paths.map((path) => {
    // The path's own vertices are already lifted; undo that so snapping measures from the skin.
    const base = path.positions.map((v, i) => lift(v, path.normals[i] ?? [0, 0, 0], -liftBy));
    const fine = subdividePath(base, path.normals, STEP_M);
    const positions = fine.positions.map((v, i): Vec3 => {
      const n = fine.normals[i] ?? [0, 1, 0];
      const hit = bvh.closestPointToPoint(p.set(...v), undefined, 0, MAX_SNAP_M);
      const onSkin: Vec3 = hit ? [hit.point.x, hit.point.y, hit.point.z] : v;
      return lift(onSkin, n, liftBy);
    });
    return { ...path, positions, normals: fine.normals };
  });
}

export interface SkinHit {
  position: Vec3;
  normal: Vec3;
}

/**
 * The skin point for `p`: with `face`, the skin facing that way nearest to p along the line through it,
 * otherwise (or when that finds nothing) the closest skin point — models/locator/mesh-surface.ts's
 * projection itself, so the locate guide meets the marker the locator placed.
 */
export function skinProjector(skin: BufferGeometry, bvh: MeshBVH): (p: Vec3, face: Vec3 | null) => SkinHit | null {
  const project = meshProjector(skin, bvh);
  return (p, face) => project([p[0], p[1], p[2]], face ? [face[0], face[1], face[2]] : null);
}
