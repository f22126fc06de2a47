// Every placed point, both sides, as ONE InstancedMesh (one draw call). Picking by instanceId selects
// the point; the selected point's instances are recoloured and enlarged, the hovered one and the plan's
// points too. Filtered-out points get scale 0. Colours and matrices are rewritten only when selection,
// hover, the filter or the plan's codes change, never per frame.
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { Color, type InstancedMesh, Matrix4, MeshBasicMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import { planPointCodes, usePlanStore } from '../plan/plan-store';
import { pointByCode } from '../search/knowledge';
import { useSelection } from '../state/selection';
import { useViewerFilter } from './filter-store';
import { MARKER_COLORS, MARKER_RADIUS_M, markerLook, type MarkerColorKey } from './marker-style';
import { lift, type MarkerInstance } from './scene-math';
import { pointVisible, type CategoriesOf, type ViewerFilter } from './viewer-filter';

export interface PointMarkersProps {
  markers: readonly MarkerInstance[];
  /** the hovered instance index, or null; the parent keeps it for the label overlay */
  hovered: number | null;
  onHover: (index: number | null) => void;
  /** the viewport element: gets data-plan-points (instances of the plan's points) and data-visible-points for tests */
  host: RefObject<HTMLElement | null>;
}

const geometry = new SphereGeometry(MARKER_RADIUS_M, 12, 8);
const material = new MeshBasicMaterial({ toneMapped: false });
const colors = Object.fromEntries(
  Object.entries(MARKER_COLORS).map(([key, hex]) => [key, new Color(hex)]),
) as Record<MarkerColorKey, Color>;

const categoriesOf: CategoriesOf = (code) => pointByCode(code)?.categories;

interface Emphasis { selected: string | null; hovered: number | null; plan: ReadonlySet<string>; filter: ViewerFilter }

/**
 * Writes every instance's matrix and colour; returns how many instances belong to plan points (the
 * selected or hovered one among them shows that emphasis instead of the plan colour) and how many
 * the filter leaves visible.
 */
function writeInstances(mesh: InstancedMesh, markers: readonly MarkerInstance[], { selected, hovered, plan, filter }: Emphasis): { planCount: number; visible: number } {
  let planCount = 0;
  let visible = 0;
  const m = new Matrix4();
  const q = new Quaternion();
  const s = new Vector3();
  const p = new Vector3();
  markers.forEach((marker, i) => {
    const inPlan = plan.has(marker.code);
    if (inPlan) planCount++;
    const { color, scale: look } = markerLook({ selected: marker.code === selected, hovered: i === hovered, inPlan, approximate: marker.approximate });
    // Hidden by scale 0: the instance stays in the one draw call and picking skips it.
    const shown = pointVisible(marker.code, filter, plan, selected, categoriesOf);
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
  return { planCount, visible };
}

export function PointMarkers({ markers, hovered, onHover, host }: PointMarkersProps) {
  const ref = useRef<InstancedMesh>(null);
  const selected = useSelection((s) => s.pointCode);
  // planPointCodes returns the same array until the plan changes, so unrelated edits don't re-render.
  const planCodes = usePlanStore(planPointCodes);
  const plan = useMemo(() => new Set(planCodes), [planCodes]);
  const selectPoint = useSelection((s) => s.selectPoint);
  const channel = useViewerFilter((s) => s.channel);
  const category = useViewerFilter((s) => s.category);
  const planOnly = useViewerFilter((s) => s.planOnly);
  const invalidate = useThree((s) => s.invalidate);
  const count = markers.length;
  const args = useMemo(() => [geometry, material, count] as const, [count]);

  useLayoutEffect(() => {
    if (!ref.current) return;
    const counts = writeInstances(ref.current, markers, { selected, hovered, plan, filter: { channel, category, planOnly } });
    if (host.current) {
      host.current.dataset.planPoints = String(counts.planCount);
      host.current.dataset.visiblePoints = String(counts.visible);
    }
    invalidate();
  }, [markers, selected, hovered, plan, channel, category, planOnly, host, invalidate]);

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
