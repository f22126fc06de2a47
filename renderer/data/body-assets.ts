// Each shipped body's skin geometry (models/assets/bodies/<variant>.glb), loaded once per variant. The glb is
// quantized (int16 positions under a node scale, int8 normals — see models/body/asset.ts); it is turned
// back into float32 metres here, in the body frame, so the BVH, the locate guide and the locator's
// mesh projection all read plain positions.
import { BufferAttribute, BufferGeometry, Mesh, Vector3, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { BodyVariantId } from '../../models/body/variants';
import { bodyUrls } from './body-urls';

/** One float32 geometry in body metres from the loaded glTF (positions and normals baked through the node transform). */
function dequantize(root: Object3D): BufferGeometry {
  root.updateMatrixWorld(true);
  let found: Mesh | undefined;
  root.traverse((o) => {
    if (!found && o instanceof Mesh) found = o;
  });
  if (!found) throw new Error('the body file holds no mesh');
  const src = found.geometry as BufferGeometry;
  const pos = src.getAttribute('position'),
    nrm = src.getAttribute('normal');
  const positions = new Float32Array(pos.count * 3),
    normals = new Float32Array(pos.count * 3);
  const v = new Vector3();
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(found.matrixWorld);
    positions.set([v.x, v.y, v.z], i * 3);
    v.fromBufferAttribute(nrm, i).normalize();
    normals.set([v.x, v.y, v.z], i * 3);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setAttribute('normal', new BufferAttribute(normals, 3));
  const index = src.getIndex();
  if (index) g.setIndex(new BufferAttribute(index.array, 1));
  g.computeBoundingBox();
  g.computeBoundingSphere();
  return g;
}

const geometries = new Map<BodyVariantId, Promise<BufferGeometry>>();

/** The body's skin geometry, loaded once per variant and page (its BVH: renderer/viewer/body-mesh.ts). */
export function loadBodyGeometry(id: BodyVariantId): Promise<BufferGeometry> {
  let pending = geometries.get(id);
  if (!pending) {
    pending = new GLTFLoader().loadAsync(bodyUrls(id).glb).then((gltf) => dequantize(gltf.scene));
    // A failed load is not kept: the next request tries again.
    pending.catch(() => geometries.delete(id));
    geometries.set(id, pending);
  }
  return pending;
}
