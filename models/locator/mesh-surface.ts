// BodySurface over any triangle mesh (e.g. a sculpted body replacing ours), with three-mesh-bvh for
// closest-point and ray queries. Landmarks come with the mesh.
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { type Vec3, norm } from '../body/vec';
import { type BodySurface, type SkinPoint } from './surface';

const SEARCH = 0.15;

export function meshSurface(positions: Float32Array, indices: Uint32Array, landmarks: ReadonlyMap<string, Vec3>): BodySurface {
  const geom = new BufferGeometry();
  geom.setAttribute('position', new BufferAttribute(positions, 3));
  geom.setIndex(new BufferAttribute(indices, 1));
  const bvh = new MeshBVH(geom);
  const triNormal = (face: number): Vec3 => {
    const a = indices[face * 3]! * 3, b = indices[face * 3 + 1]! * 3, c = indices[face * 3 + 2]! * 3;
    const u: Vec3 = [positions[b]! - positions[a]!, positions[b + 1]! - positions[a + 1]!, positions[b + 2]! - positions[a + 2]!];
    const v: Vec3 = [positions[c]! - positions[a]!, positions[c + 1]! - positions[a + 1]!, positions[c + 2]! - positions[a + 2]!];
    return norm([u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]);
  };
  const closest = (p: Vec3): SkinPoint | null => {
    const hit = bvh.closestPointToPoint(new Vector3(...p));
    if (!hit) return null;
    return { position: [hit.point.x, hit.point.y, hit.point.z], normal: triNormal(hit.faceIndex) };
  };
  const alongFace = (p: Vec3, face: Vec3): SkinPoint | null => {
    const d = norm(face);
    const origin = new Vector3(p[0] - d[0] * SEARCH, p[1] - d[1] * SEARCH, p[2] - d[2] * SEARCH);
    const hits = bvh.raycast(new Ray(origin, new Vector3(...d)), DoubleSide, 0, 2 * SEARCH);
    let best: SkinPoint | null = null, bestT = Infinity;
    for (const h of hits) {
      const n = triNormal(h.faceIndex ?? 0);
      if (n[0] * d[0] + n[1] * d[1] + n[2] * d[2] <= 0) continue; // an entry, not an exit
      const t = Math.abs(h.distance - SEARCH);
      if (t < bestT) { bestT = t; best = { position: [h.point.x, h.point.y, h.point.z], normal: n }; }
    }
    return best;
  };
  return { landmarks, project: (p, face) => (face ? alongFace(p, face) ?? closest(p) : closest(p)) };
}
