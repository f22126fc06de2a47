// BodySurface over any triangle mesh (e.g. a sculpted body replacing ours), with three-mesh-bvh for
// closest-point and ray queries. Landmarks come with the mesh.
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { type Vec3, norm } from '../body/vec';
import { type BodySurface, type SkinPoint } from './surface';

/** How far along the facing direction a projection searches, both ways. */
const SEARCH = 0.15;

/**
 * Projects points onto a triangle mesh's skin: along `face`, the skin facing that way nearest to the point
 * on the line through it (an exit of the ray, not an entry); otherwise, or when that finds nothing, the
 * closest skin point. The one projection: the locator places points with it and the viewer's locate guide
 * draws its lines with it, so the guide meets the marker. Works on any indexed or unindexed geometry.
 */
export function meshProjector(
  geom: BufferGeometry,
  bvh: MeshBVH = new MeshBVH(geom),
): (p: Vec3, face?: Vec3 | null) => SkinPoint | null {
  const pos = geom.getAttribute('position');
  const index = geom.getIndex();
  const vertex = (face: number, k: number): Vec3 => {
    const i = index ? index.getX(face * 3 + k) : face * 3 + k;
    return [pos.getX(i), pos.getY(i), pos.getZ(i)];
  };
  const triNormal = (face: number): Vec3 => {
    const a = vertex(face, 0),
      b = vertex(face, 1),
      c = vertex(face, 2);
    const u: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const v: Vec3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
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
    let best: SkinPoint | null = null,
      bestT = Infinity;
    for (const h of hits) {
      const n = triNormal(h.faceIndex ?? 0);
      if (n[0] * d[0] + n[1] * d[1] + n[2] * d[2] <= 0) continue; // an entry, not an exit
      const t = Math.abs(h.distance - SEARCH);
      if (t < bestT) {
        bestT = t;
        best = { position: [h.point.x, h.point.y, h.point.z], normal: n };
      }
    }
    return best;
  };
  return (p, face) => (face ? (alongFace(p, face) ?? closest(p)) : closest(p));
}

export function meshSurface(
  positions: Float32Array,
  indices: Uint32Array,
  landmarks: ReadonlyMap<string, Vec3>,
): BodySurface {
  const geom = new BufferGeometry();
  geom.setAttribute('position', new BufferAttribute(positions, 3));
  geom.setIndex(new BufferAttribute(indices, 1));
  const project = meshProjector(geom);
  return { landmarks, project: (p, face) => project(p, face) };
}
