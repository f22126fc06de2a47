// After each rendered frame (frames are on demand): positions the selected/hovered labels by projecting
// their markers, signals "scene ready" once, and exposes for tests and the bench the selected point's
// screen position and the draw calls — written only when they change, never via React state.
import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Vector3, type Camera } from 'three';
import { useSelection } from '../state/selection';
import { bestFacing, facesCamera, ndcToPixels, type MarkerInstance, type Vec3 } from './scene-math';
import type { SceneData } from './scene-data';

export interface ViewerProbe {
  selectedCode: string | null;
  /** CSS pixels relative to the viewport element, or null when nothing is selected */
  selectedScreen: [number, number] | null;
  /** the marker faces the camera and lies inside the view */
  selectedVisible: boolean;
  drawCalls: number;
  /** ms from navigation start to the first frame with the body (performance.now()) */
  firstFrameMs: number | null;
}

export interface SceneProbeProps {
  data: SceneData;
  host: RefObject<HTMLElement | null>;
  hovered: number | null;
  selectedLabel: RefObject<HTMLElement | null>;
  hoveredLabel: RefObject<HTMLElement | null>;
}

interface Projected { xy: [number, number]; visible: boolean }

const v = new Vector3();
function project(m: MarkerInstance, camera: Camera, w: number, h: number): Projected {
  v.set(...m.position).project(camera);
  const inView = Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1 && v.z < 1;
  const eye: Vec3 = [camera.position.x, camera.position.y, camera.position.z];
  const xy = ndcToPixels(v.x, v.y, w, h).map((n) => Math.round(n)) as [number, number];
  return { xy, visible: inView && facesCamera(m.position, m.normal, eye) };
}

function place(label: HTMLElement | null, p: Projected | null): void {
  if (!label) return;
  label.hidden = !p?.visible;
  if (p) label.style.transform = `translate(${p.xy[0]}px, ${p.xy[1]}px)`;
}

export function SceneProbe({ data, host, hovered, selectedLabel, hoveredLabel }: SceneProbeProps) {
  const get = useThree((s) => s.get);
  const hoveredRef = useRef(hovered);
  hoveredRef.current = hovered;
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [hovered, invalidate]);

  useEffect(() => {
    const probe: ViewerProbe = { selectedCode: null, selectedScreen: null, selectedVisible: false, drawCalls: 0, firstFrameMs: null };
    (window as unknown as { __viewer?: ViewerProbe }).__viewer = probe;
    return addAfterEffect(() => {
      const { camera, gl, size } = get();
      const code = useSelection.getState().pointCode;
      const instances = (code ? data.byCode.get(code) ?? [] : []).map((i) => data.markers[i]).filter((m) => m !== undefined);
      const eye: Vec3 = [camera.position.x, camera.position.y, camera.position.z];
      const best = bestFacing(instances, eye);
      const sel = best ? project(best, camera, size.width, size.height) : null;
      place(selectedLabel.current, sel);
      const hov = hoveredRef.current === null ? undefined : data.markers[hoveredRef.current];
      place(hoveredLabel.current, hov && hov.code !== code ? project(hov, camera, size.width, size.height) : null);

      probe.selectedCode = code;
      probe.selectedScreen = sel?.xy ?? null;
      probe.selectedVisible = sel?.visible ?? false;
      probe.drawCalls = gl.info.render.calls;
      const el = host.current;
      if (!el) return;
      el.dataset.selectedScreen = sel ? sel.xy.join(',') : '';
      el.dataset.selectedVisible = String(probe.selectedVisible);
      el.dataset.drawCalls = String(probe.drawCalls);
      if (probe.firstFrameMs === null) {
        probe.firstFrameMs = performance.now();
        el.dataset.sceneReady = 'true';
      }
    });
  }, [get, data, host, selectedLabel, hoveredLabel]);
  return null;
}
