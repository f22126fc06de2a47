// The viewer's data: the body asset URL and the placed points (models/assets, emitted by Vite as files
// served by 'self' — nothing remote). Loaded once; components read it through React's use().
import bodyUrl from '../../models/assets/body.glb?url';
import placementsUrl from '../../models/assets/placements.json?url';
import { channelPaths, markerInstances, type ChannelPath, type MarkerInstance, type RawPlacement, type Vec3 } from './scene-math';

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

let landmarksPending: Promise<Map<string, Vec3>> | undefined;

/** The placed landmarks (id → position; "@right" ids are the right-side copies), for the locate guide. */
export function loadLandmarks(): Promise<Map<string, Vec3>> {
  landmarksPending ??= fetch(placementsUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`placements: HTTP ${r.status}`);
      return r.json() as Promise<{ landmarks?: Record<string, number[]> }>;
    })
    .then((json) => {
      const out = new Map<string, Vec3>();
      for (const [id, p] of Object.entries(json.landmarks ?? {})) {
        if (p.length === 3 && p.every(Number.isFinite)) out.set(id, [p[0] as number, p[1] as number, p[2] as number]);
      }
      return out;
    });
  return landmarksPending;
}
