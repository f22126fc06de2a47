// Lays lines onto the body. Channel paths: each leg is subdivided and every interpolated point is moved
// to the nearest skin point (BVH query) and lifted along the interpolated normal, so a line between two
// distant points follows the body's curve instead of cutting through it. Measuring lines of the locate
// guide: projected along the rule's facing direction, as the locator places the point itself.
import { DoubleSide, Mesh, Ray, Vector3, type BufferGeometry } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { lift, subdividePath, type ChannelPath, type Vec3 } from './scene-math';

const STEP_M = 0.02;
/** A nearest skin point farther than this is another body part (e.g. the torso beside an arm): keep the straight line. */
const MAX_SNAP_M = 0.04;
/** How far along the facing direction a projection searches, both ways (models/locator/mesh-surface.ts uses the same). */
const FACE_SEARCH_M = 0.15;

/** The body's skin geometry: its first mesh (the generated body is one mesh). */
export function skinGeometry(root: { traverse: (fn: (o: unknown) => void) => void }): BufferGeometry | undefined {
  let found: BufferGeometry | undefined;
  root.traverse((o) => { if (!found && o instanceof Mesh) found = o.geometry as BufferGeometry; });
  return found;
}

/** The BVH BodyModel already built for raycasts, or a new one. */
export const skinBvh = (skin: BufferGeometry): MeshBVH => (skin.boundsTree instanceof MeshBVH ? skin.boundsTree : new MeshBVH(skin));

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

export interface SkinHit { position: Vec3; normal: Vec3 }

function triangleNormal(skin: BufferGeometry, face: number): Vec3 {
  const pos = skin.getAttribute('position');
  const index = skin.getIndex();
  const at = (k: number): Vector3 => {
    const i = index ? index.getX(face * 3 + k) : face * 3 + k;
    return new Vector3(pos.getX(i), pos.getY(i), pos.getZ(i));
  };
  const a = at(0);
  const n = at(1).sub(a).cross(at(2).sub(a)).normalize();
  return [n.x, n.y, n.z];
}

/**
 * The skin point for `p`: with `face`, the skin facing that way nearest to p along the line through it
 * (as models/locator/mesh-surface.ts projects a point, so the guide meets the marker); otherwise, or
 * when that finds nothing, the closest skin point.
 */
export function projectOnSkin(bvh: MeshBVH, skin: BufferGeometry, p: Vec3, face: Vec3 | null): SkinHit | null {
  if (face) {
    const d = new Vector3(...face).normalize();
    const origin = new Vector3(...p).addScaledVector(d, -FACE_SEARCH_M);
    let best: SkinHit | null = null;
    let bestT = Infinity;
    for (const h of bvh.raycast(new Ray(origin, d), DoubleSide, 0, 2 * FACE_SEARCH_M)) {
      const n = triangleNormal(skin, h.faceIndex ?? 0);
      if (n[0] * d.x + n[1] * d.y + n[2] * d.z <= 0) continue; // skin facing the other way
      const t = Math.abs(h.distance - FACE_SEARCH_M);
      if (t < bestT) { bestT = t; best = { position: [h.point.x, h.point.y, h.point.z], normal: n }; }
    }
    if (best) return best;
  }
  const hit = bvh.closestPointToPoint(new Vector3(...p));
  return hit ? { position: [hit.point.x, hit.point.y, hit.point.z], normal: triangleNormal(skin, hit.faceIndex) } : null;
}
