// Pinning an HTML label over a marker after a frame: project the marker, hide the label when the marker
// faces away or is out of view, and write its position straight into the DOM (never React state).
import { Vector3, type Camera } from 'three';
import { facesCamera, ndcToPixels, type MarkerInstance, type Vec3 } from './scene-math';

export interface Projected {
  xy: [number, number];
  visible: boolean;
}

const v = new Vector3();

/** A marker's CSS-pixel position in a `w`×`h` viewport and whether it faces the camera inside the view. */
export function project(m: MarkerInstance, camera: Camera, w: number, h: number): Projected {
  v.set(...m.position).project(camera);
  const inView = Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1 && v.z < 1;
  const eye: Vec3 = [camera.position.x, camera.position.y, camera.position.z];
  const xy = ndcToPixels(v.x, v.y, w, h).map((n) => Math.round(n)) as [number, number];
  return { xy, visible: inView && facesCamera(m.position, m.normal, eye) };
}

/** Shows and moves a label, or hides it (p null or not visible); writes only what changed. */
export function place(label: HTMLElement | null, p: Projected | null): void {
  if (!label) return;
  const hidden = !p?.visible;
  if (label.hidden !== hidden) label.hidden = hidden;
  if (!p) return;
  // Many labels are placed per frame while the camera moves; a still label costs no style write.
  const transform = `translate(${p.xy[0]}px, ${p.xy[1]}px)`;
  if (label.style.transform !== transform) label.style.transform = transform;
}
