// After each rendered frame (frames are on demand): positions the selected/hovered labels by projecting
// their markers, signals "scene ready" once, and exposes for tests and the bench the selected point's
// screen position and the draw calls — written only when they change, never via React state.
import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { useSelection } from '../state/selection';
import { place, project } from './label-placement';
import { bestFacing, type Vec3 } from './scene-math';
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

export function SceneProbe({ data, host, hovered, selectedLabel, hoveredLabel }: SceneProbeProps) {
  const get = useThree((s) => s.get);
  const hoveredRef = useRef(hovered);
  hoveredRef.current = hovered;
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [hovered, invalidate]);

  useEffect(() => {
    const probe: ViewerProbe = {
      selectedCode: null,
      selectedScreen: null,
      selectedVisible: false,
      drawCalls: 0,
      firstFrameMs: null,
    };
    (window as unknown as { __viewer?: ViewerProbe }).__viewer = probe;
    return addAfterEffect(() => {
      const { camera, gl, size } = get();
      const code = useSelection.getState().pointCode;
      const instances = (code ? (data.byCode.get(code) ?? []) : [])
        .map((i) => data.markers[i])
        .filter((m) => m !== undefined);
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
