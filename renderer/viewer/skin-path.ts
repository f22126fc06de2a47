// Lays channel paths onto the body: each leg is subdivided and every interpolated point is moved to the
// nearest skin point (BVH query) and lifted along the interpolated normal, so a line between two
// distant points follows the body's curve instead of cutting through it.
import { Vector3, type BufferGeometry } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { lift, subdividePath, type ChannelPath, type Vec3 } from './scene-math';

const STEP_M = 0.02;
/** A nearest skin point farther than this is another body part (e.g. the torso beside an arm): keep the straight line. */
const MAX_SNAP_M = 0.04;

export function layOnSkin(paths: readonly ChannelPath[], skin: BufferGeometry, liftBy: number): ChannelPath[] {
  const bvh = skin.boundsTree instanceof MeshBVH ? skin.boundsTree : new MeshBVH(skin);
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
