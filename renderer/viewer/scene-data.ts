// The viewer's data: the body asset URL and the placed points (models/assets, emitted by Vite as files
// served by 'self' — nothing remote). Loaded once; components read it through React's use().
import bodyUrl from '../../models/assets/body.glb?url';
import placementsUrl from '../../models/assets/placements.json?url';
import { channelPaths, markerInstances, type ChannelPath, type MarkerInstance, type RawPlacement } from './scene-math';

export { bodyUrl };

/** Lines sit 3 mm off the skin along the normals so the body's depth test does not swallow them. */
export const LINE_LIFT_M = 0.003;

export interface SceneData {
  height: number;
  markers: MarkerInstance[];
  /** instance indices per point code (both sides) */
  byCode: Map<string, number[]>;
  paths: ChannelPath[];
}

export function buildSceneData(json: { params?: { height?: number }; points?: RawPlacement[] }): SceneData {
  const markers = markerInstances(json.points ?? []);
  const byCode = new Map<string, number[]>();
  markers.forEach((m, i) => byCode.set(m.code, [...(byCode.get(m.code) ?? []), i]));
  return { height: json.params?.height ?? 1.75, markers, byCode, paths: channelPaths(markers, LINE_LIFT_M) };
}

let pending: Promise<SceneData> | undefined;

export function loadSceneData(): Promise<SceneData> {
  pending ??= fetch(placementsUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`placements: HTTP ${r.status}`);
      return r.json() as Promise<{ params?: { height?: number }; points?: RawPlacement[] }>;
    })
    .then(buildSceneData);
  return pending;
}
