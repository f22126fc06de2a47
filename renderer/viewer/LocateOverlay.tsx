// "How to locate" in 3D: the selected point's reference landmarks as small white spheres and the
// measuring line between them, merged into ONE mesh (one extra draw call), drawn over the body so a
// bony landmark under the skin still shows. Rebuilt only when the selection changes.
import { useThree } from '@react-three/fiber';
import { use, useEffect, useMemo, type RefObject } from 'react';
import { type BufferGeometry, CylinderGeometry, MeshBasicMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { pointByCode } from '../search/knowledge';
import { useSelection } from '../state/selection';
import { locateGuide } from './locate-guide';
import { loadLandmarks, type SceneData } from './scene-data';
import type { Vec3 } from './scene-math';

export interface LocateOverlayProps {
  data: SceneData;
  /** the viewport element: gets data-locate-marks (reference spheres drawn) for tests */
  host: RefObject<HTMLElement | null>;
}

const MARK_RADIUS_M = 0.008;
const LINE_RADIUS_M = 0.0015;
const material = new MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, opacity: 0.9, toneMapped: false });
const up = new Vector3(0, 1, 0);

function guideGeometry(marks: readonly Vec3[], line: [Vec3, Vec3] | null): BufferGeometry | null {
  const parts: BufferGeometry[] = marks.map((p) => new SphereGeometry(MARK_RADIUS_M, 12, 8).translate(...p));
  if (line) {
    const a = new Vector3(...line[0]);
    const b = new Vector3(...line[1]);
    const dir = b.clone().sub(a);
    const bar = new CylinderGeometry(LINE_RADIUS_M, LINE_RADIUS_M, dir.length(), 6);
    bar.applyQuaternion(new Quaternion().setFromUnitVectors(up, dir.clone().normalize()));
    parts.push(bar.translate(...a.add(b).multiplyScalar(0.5).toArray()));
  }
  const merged = parts.length ? mergeGeometries(parts) : null;
  parts.forEach((g) => g.dispose());
  return merged;
}

export function LocateOverlay({ data, host }: LocateOverlayProps) {
  const landmarks = use(loadLandmarks());
  const selected = useSelection((s) => s.pointCode);
  const invalidate = useThree((s) => s.invalidate);
  const guide = useMemo(() => {
    const rule = selected ? pointByCode(selected)?.location.rule : undefined;
    if (!rule) return null;
    // Rules are written for the left side (or the midline): use that instance of a referenced point.
    const placed = (code: string): Vec3 | undefined =>
      (data.byCode.get(code) ?? []).map((i) => data.markers[i]).find((m) => m && m.side !== 'right')?.position;
    return locateGuide(rule, (ref) => landmarks.get(ref) ?? placed(ref), selected ? placed(selected) : undefined);
  }, [selected, data, landmarks]);
  const geometry = useMemo(() => (guide ? guideGeometry(guide.marks, guide.line) : null), [guide]);
  useEffect(() => {
    if (host.current) host.current.dataset.locateMarks = String(guide?.marks.length ?? 0);
    invalidate();
    return () => geometry?.dispose();
  }, [guide, geometry, host, invalidate]);
  return geometry ? <mesh geometry={geometry} material={material} renderOrder={2} raycast={() => null} /> : null;
}
