// "How to locate" in 3D: for the selected point, on every side it exists on (both for bilateral
// points, so whichever faces the camera shows it), the rule's reference landmarks, the measuring path
// laid on the skin, a tick at every whole B-cun (or equal part) and a cross where the point falls.
// Two draw calls in all (one mesh, one LineSegments); depth-tested, so the far side's guide stays
// hidden behind the body. Rebuilt only when the selection changes.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, type RefObject } from 'react';
import { type BufferGeometry, LineBasicMaterial, MeshBasicMaterial } from 'three';
import { pointByCode } from '../data/knowledge';
import { useSelection } from '../state/selection';
import { locateGuide, type GuideEnv, type LocateGuide } from './locate-guide';
import { guideMeshGeometry, tickGeometry, type ToSkin } from './locate-mesh';
import type { SceneData } from './scene-data';
import type { PlacedSide, Vec3 } from './scene-math';
import { skinBvh, skinProjector } from './skin-path';

export interface LocateOverlayProps {
  data: SceneData;
  /**
   * the viewport element: gets, for tests, data-locate-marks (references marked per side),
   * data-locate-sides, data-locate-ticks (ticks per side), data-locate-counted (those up to the point)
   * and data-locate-unit ("cun" or "part")
   */
  host: RefObject<HTMLElement | null>;
  /** the body's skin the guide is laid on, and its landmarks */
  skin: BufferGeometry;
  landmarks: ReadonlyMap<string, Vec3>;
}

const material = new MeshBasicMaterial({ color: '#ffffff', toneMapped: false });
const tickMaterial = new LineBasicMaterial({ vertexColors: true, toneMapped: false });

function writeProbe(el: HTMLElement | null, guides: readonly LocateGuide[]): void {
  if (!el) return;
  const first = guides[0];
  el.dataset.locateMarks = String(first?.marks.length ?? 0);
  el.dataset.locateSides = String(guides.length);
  el.dataset.locateTicks = String(first?.ticks.length ?? 0);
  el.dataset.locateCounted = String(first?.ticks.filter((t) => t.toPoint).length ?? 0);
  el.dataset.locateUnit = first?.unit ?? '';
}

export function LocateOverlay({ data, host, skin, landmarks }: LocateOverlayProps) {
  const selected = useSelection((s) => s.pointCode);
  const invalidate = useThree((s) => s.invalidate);
  const toSkin = useMemo((): ToSkin => skinProjector(skin, skinBvh(skin)), [skin]);
  const guides = useMemo((): LocateGuide[] => {
    const point = selected ? pointByCode(selected) : undefined;
    if (!point) return [];
    const env: GuideEnv = {
      landmarks,
      pointAt: (code, side) =>
        (data.byCode.get(code) ?? []).map((i) => data.markers[i]).find((m) => m?.side === side)?.position,
    };
    const sides: PlacedSide[] = point.side === 'midline' ? ['midline'] : ['left', 'right'];
    return sides.map((side) => locateGuide(point.location.rule, env, side));
  }, [selected, data, landmarks]);
  const mesh = useMemo(() => guideMeshGeometry(guides, toSkin), [guides, toSkin]);
  const ticks = useMemo(() => tickGeometry(guides, toSkin), [guides, toSkin]);
  useEffect(() => {
    writeProbe(host.current, guides);
    invalidate();
    return () => {
      mesh?.dispose();
      ticks?.dispose();
    };
  }, [guides, mesh, ticks, host, invalidate]);
  return (
    <group>
      {mesh && <mesh geometry={mesh} material={material} renderOrder={2} raycast={() => null} />}
      {ticks && <lineSegments geometry={ticks} material={tickMaterial} renderOrder={3} raycast={() => null} />}
    </group>
  );
}
