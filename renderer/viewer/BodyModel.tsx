// The body in use (renderer/data/body-assets.ts: one float32 skin geometry with its BVH) with a neutral
// matte skin. Raycasts go through the BVH so hover/click over ~100k triangles stays cheap, and it
// swallows pointer events so markers on the far side cannot be picked through it.
import type { ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import { type BufferGeometry, Mesh, MeshStandardMaterial } from 'three';
import { acceleratedRaycast } from 'three-mesh-bvh';

export interface BodyModelProps {
  skin: BufferGeometry;
  onPointerOver?: () => void;
}

const skinMaterial = new MeshStandardMaterial({ color: '#d8bfae', roughness: 0.85, metalness: 0 });

const stop = (e: ThreeEvent<PointerEvent | MouseEvent>): void => e.stopPropagation();

export function BodyModel({ skin, onPointerOver }: BodyModelProps) {
  const mesh = useMemo(() => {
    const m = new Mesh(skin, skinMaterial);
    m.raycast = acceleratedRaycast;
    m.name = 'body';
    return m;
  }, [skin]);
  return (
    <primitive
      object={mesh}
      onPointerMove={(e: ThreeEvent<PointerEvent>) => {
        stop(e);
        onPointerOver?.();
      }}
      onClick={stop}
    />
  );
}
