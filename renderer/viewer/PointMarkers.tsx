// Every placed point, both sides, as ONE InstancedMesh (one draw call). Picking by instanceId selects
// the point; the selected point's instances are recoloured and enlarged, the hovered one and the plan's
// points too (only on the side each plan row names). Filtered-out points get scale 0. Colours and
// matrices are rewritten only when selection, hover, the filter or the plan's points change, never per frame.
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { Color, type InstancedMesh, Matrix4, MeshBasicMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import { useSelection } from '../state/selection';
import { MARKER_COLORS, MARKER_RADIUS_M, markerLook, type MarkerColorKey } from './marker-style';
import { drawnNumbers } from './plan-markers';
import { lift, type MarkerInstance } from './scene-math';
import { useMarkerVisibility } from './useMarkerVisibility';
import type { PlanNumbering } from './usePlanNumbers';

export interface PointMarkersProps {
  markers: readonly MarkerInstance[];
  /** the hovered instance index, or null; the parent keeps it for the label overlay */
  hovered: number | null;
  onHover: (index: number | null) => void;
  /** which instances are plan points (on their planned side) and their numbers */
  numbering: PlanNumbering;
  /**
   * the viewport element, for tests: data-plan-points (instances drawn as plan points), data-plan-numbers
   * (the plan numbers with a marker on the body, ascending, comma-separated) and data-visible-points
   */
  host: RefObject<HTMLElement | null>;
}

const geometry = new SphereGeometry(MARKER_RADIUS_M, 12, 8);
const material = new MeshBasicMaterial({ toneMapped: false });
const colors = Object.fromEntries(Object.entries(MARKER_COLORS).map(([key, hex]) => [key, new Color(hex)])) as Record<
  MarkerColorKey,
  Color
>;

interface Emphasis {
  selected: string | null;
  hovered: number | null;
  /** codes of the set looked at (a condition's points), shown together */
  group: ReadonlySet<string>;
  inPlan: (index: number) => boolean;
  isVisible: (code: string) => boolean;
}

/**
 * Writes every instance's matrix and colour (a plan instance that is selected or hovered shows that
 * emphasis instead of the plan colour); returns how many instances the filter leaves visible.
 */
function writeInstances(
  mesh: InstancedMesh,
  markers: readonly MarkerInstance[],
  { selected, hovered, group, inPlan, isVisible }: Emphasis,
): number {
  let visible = 0;
  const m = new Matrix4();
  const q = new Quaternion();
  const s = new Vector3();
  const p = new Vector3();
  markers.forEach((marker, i) => {
    const { color, scale: look } = markerLook({
      selected: marker.code === selected,
      hovered: i === hovered,
      inGroup: group.has(marker.code),
      inPlan: inPlan(i),
      approximate: marker.approximate,
    });
    // Hidden by scale 0: the instance stays in the one draw call and picking skips it.
    const shown = isVisible(marker.code);
    if (shown) visible++;
    const scale = shown ? look : 0;
    // Half a radius out along the normal so the marker is not half buried in the skin.
    p.set(...lift(marker.position, marker.normal, MARKER_RADIUS_M * 0.5));
    mesh.setMatrixAt(i, m.compose(p, q, s.setScalar(scale)));
    mesh.setColorAt(i, colors[color]);
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
  return visible;
}

export function PointMarkers({ markers, hovered, onHover, numbering, host }: PointMarkersProps) {
  const ref = useRef<InstancedMesh>(null);
  const selected = useSelection((s) => s.pointCode);
  const groupPoints = useSelection((s) => s.context?.points);
  const group = useMemo(() => new Set(groupPoints ?? []), [groupPoints]);
  const selectPoint = useSelection((s) => s.selectPoint);
  const isVisible = useMarkerVisibility(numbering.codes);
  const invalidate = useThree((s) => s.invalidate);
  const count = markers.length;
  const args = useMemo(() => [geometry, material, count] as const, [count]);

  useLayoutEffect(() => {
    if (!ref.current) return;
    const { byMarker } = numbering;
    const visible = writeInstances(ref.current, markers, {
      selected,
      hovered,
      group,
      inPlan: (i) => byMarker.has(i),
      isVisible,
    });
    if (host.current) {
      host.current.dataset.groupPoints = [...group]
        .filter((c) => markers.some((m) => m.code === c))
        .sort()
        .join(',');
      host.current.dataset.planPoints = String(byMarker.size);
      host.current.dataset.planNumbers = drawnNumbers(byMarker).join(',');
      host.current.dataset.visiblePoints = String(visible);
    }
    invalidate();
  }, [markers, selected, hovered, group, numbering, isVisible, host, invalidate]);

  const hit = (e: ThreeEvent<PointerEvent | MouseEvent>): number | null => {
    e.stopPropagation();
    return e.instanceId ?? null;
  };
  return (
    <instancedMesh
      ref={ref}
      args={args}
      frustumCulled={false}
      onPointerMove={(e) => {
        const i = hit(e);
        if (i !== hovered) onHover(i);
      }}
      onPointerOut={() => onHover(null)}
      onClick={(e) => {
        const i = hit(e);
        const marker = i === null ? undefined : markers[i];
        if (marker) selectPoint(marker.code);
      }}
    />
  );
}
