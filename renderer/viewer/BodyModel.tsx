// The generated body (models/assets/body.glb, no glTF extensions → plain GLTFLoader, no decoders) with
// a neutral matte skin. Its raycasts go through a BVH so hover/click over ~100k triangles stays cheap,
// and it swallows pointer events so markers on the far side cannot be picked through it.
import { useLoader, type ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { prepareBodyMeshes } from './body-mesh';
import { bodyUrl } from './scene-data';

export interface BodyModelProps {
  onPointerOver?: () => void;
}

const skin = new MeshStandardMaterial({ color: '#d8bfae', roughness: 0.85, metalness: 0 });

const stop = (e: ThreeEvent<PointerEvent | MouseEvent>): void => e.stopPropagation();

export function BodyModel({ onPointerOver }: BodyModelProps) {
  const gltf = useLoader(GLTFLoader, bodyUrl);
  const scene = useMemo(() => {
    prepareBodyMeshes(gltf.scene, skin);
    return gltf.scene;
  }, [gltf]);
  return (
    <primitive
      object={scene}
      onPointerMove={(e: ThreeEvent<PointerEvent>) => { stop(e); onPointerOver?.(); }}
      onClick={stop}
    />
  );
}
