// The body's raycasting BVH (~100k triangles): built once per skin geometry and shared by the live
// viewer's hover and picking, the channel lines, the locate guide and the printed diagrams' visibility test.
import type { BufferGeometry } from 'three';
import { computeBoundsTree } from 'three-mesh-bvh';

/** The geometry, with its BVH built if it had none. */
export function withBvh(skin: BufferGeometry): BufferGeometry {
  if (!skin.boundsTree) {
    skin.computeBoundsTree = computeBoundsTree;
    skin.computeBoundsTree();
  }
  return skin;
}
