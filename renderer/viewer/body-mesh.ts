// Prepares the loaded body for use: one skin material on every mesh and BVH-accelerated raycasts
// (~100k triangles). Shared by the live viewer and the printed body diagrams.
import { Mesh, type Material, type Object3D } from 'three';
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh';

/** Returns the body's meshes, ready for raycasting, with world matrices up to date. */
export function prepareBodyMeshes(root: Object3D, skin: Material): Mesh[] {
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    o.material = skin;
    o.geometry.computeBoundsTree = computeBoundsTree;
    o.geometry.computeBoundsTree();
    o.raycast = acceleratedRaycast;
    meshes.push(o);
  });
  root.updateMatrixWorld(true);
  return meshes;
}
