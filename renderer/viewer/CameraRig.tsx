// Orbit/zoom/pan (three's OrbitControls, no drei), preset views and "focus" on the selected point. The
// camera eases towards a goal held in refs inside useFrame; frames are requested only while it moves.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { useSelection } from '../state/selection';
import { bestFacing, easeFactor, focusPose, presetPose, type CameraPose, type Vec3 } from './scene-math';
import type { SceneData } from './scene-data';
import { useViewerCommands } from './viewer-commands';

export interface CameraRigProps {
  data: SceneData;
}

const PRESET_DISTANCE_M = 3.4;
const FOCUS_DISTANCE_M = 1.1;
const EASE_RATE = 6;

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z];

export function CameraRig({ data }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<OrbitControls | null>(null);
  const goal = useRef<{ position: Vector3; target: Vector3 } | null>(null);

  /** data-camera-moving on the viewport: scripts and tests wait for the camera to settle, not for time. */
  const setMoving = (moving: boolean): void => {
    const el = gl.domElement.closest<HTMLElement>('.viewport');
    if (el) el.dataset.cameraMoving = String(moving);
  };
  const animateTo = (pose: CameraPose): void => {
    goal.current = { position: new Vector3(...pose.position), target: new Vector3(...pose.target) };
    setMoving(true);
    invalidate();
  };

  useEffect(() => {
    const c = new OrbitControls(camera, gl.domElement);
    c.minDistance = 0.25;
    c.maxDistance = 6;
    const start = presetPose('front', data.height, PRESET_DISTANCE_M);
    camera.position.set(...start.position);
    c.target.set(...start.target);
    c.update();
    const onChange = (): void => invalidate();
    // A drag or wheel takes over from any running animation.
    const onStart = (): void => {
      goal.current = null;
      setMoving(false);
    };
    c.addEventListener('change', onChange);
    c.addEventListener('start', onStart);
    controls.current = c;
    invalidate();
    return () => {
      c.removeEventListener('change', onChange);
      c.removeEventListener('start', onStart);
      c.dispose();
      controls.current = null;
    };
  }, [camera, gl, data.height, invalidate]);

  const focusSelected = (): void => {
    const code = useSelection.getState().pointCode;
    const instances = (code ? (data.byCode.get(code) ?? []) : [])
      .map((i) => data.markers[i])
      .filter((m) => m !== undefined);
    const best = bestFacing(instances, toVec3(camera.position));
    if (best) animateTo(focusPose(best.position, best.normal, FOCUS_DISTANCE_M));
  };

  // Commands (buttons, menu) and selection changes; both are events, not per-frame state.
  useEffect(() =>
    useViewerCommands.subscribe((s, prev) => {
      if (s.seq === prev.seq || !s.command) return;
      if (s.command.kind === 'preset') animateTo(presetPose(s.command.view, data.height, PRESET_DISTANCE_M));
      else focusSelected();
    }),
  );
  useEffect(() =>
    useSelection.subscribe((s, prev) => {
      if (s.pointCode && s.pointCode !== prev.pointCode) focusSelected();
    }),
  );

  useFrame((_, dt) => {
    const c = controls.current;
    const g = goal.current;
    if (!c || !g) return;
    const k = easeFactor(EASE_RATE, Math.min(dt, 0.1));
    camera.position.lerp(g.position, k);
    c.target.lerp(g.target, k);
    c.update();
    if (camera.position.distanceTo(g.position) < 1e-3 && c.target.distanceTo(g.target) < 1e-3) {
      camera.position.copy(g.position);
      c.target.copy(g.target);
      c.update();
      goal.current = null;
      setMoving(false);
    }
    invalidate();
  });
  return null;
}
