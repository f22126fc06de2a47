// Every placed point, both sides, as ONE InstancedMesh (one draw call). Picking by instanceId selects
// the point; the selected point's instances are recoloured and enlarged, the hovered one too. Colours
// and matrices are rewritten only when selection or hover changes, never per frame.
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, Matrix4, MeshBasicMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import { useSelection } from '../state/selection';
import { HOVER_SCALE, MARKER_COLORS, MARKER_RADIUS_M, SELECTED_SCALE } from './marker-style';
import { lift, type MarkerInstance } from './scene-math';

export interface PointMarkersProps {
  markers: readonly MarkerInstance[];
  /** the hovered instance index, or null; the parent keeps it for the label overlay */
  hovered: number | null;
  onHover: (index: number | null) => void;
}

const geometry = new SphereGeometry(MARKER_RADIUS_M, 12, 8);
const material = new MeshBasicMaterial({ toneMapped: false });
const colors = {
  exact: new Color(MARKER_COLORS.exact), approximate: new Color(MARKER_COLORS.approximate),
  selected: new Color(MARKER_COLORS.selected), hovered: new Color(MARKER_COLORS.hovered),
};

function writeInstances(mesh: InstancedMesh, markers: readonly MarkerInstance[], selected: string | null, hovered: number | null): void {
  const m = new Matrix4();
  const q = new Quaternion();
  const s = new Vector3();
  const p = new Vector3();
  markers.forEach((marker, i) => {
    const isSelected = marker.code === selected;
    const scale = isSelected ? SELECTED_SCALE : i === hovered ? HOVER_SCALE : 1;
    // Half a radius out along the normal so the marker is not half buried in the skin.
    p.set(...lift(marker.position, marker.normal, MARKER_RADIUS_M * 0.5));
    mesh.setMatrixAt(i, m.compose(p, q, s.setScalar(scale)));
    const c = isSelected ? colors.selected : i === hovered ? colors.hovered : marker.approximate ? colors.approximate : colors.exact;
    mesh.setColorAt(i, c);
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
}

export function PointMarkers({ markers, hovered, onHover }: PointMarkersProps) {
  const ref = useRef<InstancedMesh>(null);
  const selected = useSelection((s) => s.pointCode);
  const selectPoint = useSelection((s) => s.selectPoint);
  const invalidate = useThree((s) => s.invalidate);
  const count = markers.length;
  const args = useMemo(() => [geometry, material, count] as const, [count]);

  useLayoutEffect(() => {
    if (!ref.current) return;
    writeInstances(ref.current, markers, selected, hovered);
    invalidate();
  }, [markers, selected, hovered, invalidate]);

  const hit = (e: ThreeEvent<PointerEvent | MouseEvent>): number | null => {
    e.stopPropagation();
    return e.instanceId ?? null;
  };
  return (
    <instancedMesh
      ref={ref}
      args={args}
      frustumCulled={false}
      onPointerMove={(e) => { const i = hit(e); if (i !== hovered) onHover(i); }}
      onPointerOut={() => onHover(null)}
      onClick={(e) => {
        const i = hit(e);
        const marker = i === null ? undefined : markers[i];
        if (marker) selectPoint(marker.code);
      }}
    />
  );
}
