// The viewer's data: the body asset URL and the placed points (models/assets, emitted by Vite as files
// served by 'self' — nothing remote). Loaded once; components read it through React's use().
import bodyUrl from '../../models/assets/body.glb?url';
import type { PlacementsAsset } from '../../models/placements-asset';
import { loadPlacements } from '../data/placements';
import { channelPaths, markerInstances, type ChannelPath, type MarkerInstance, type Vec3 } from './scene-math';

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

export function buildSceneData(asset: Pick<PlacementsAsset, 'params' | 'points'>): SceneData {
  const markers = markerInstances(asset.points);
  const byCode = new Map<string, number[]>();
  markers.forEach((m, i) => byCode.set(m.code, [...(byCode.get(m.code) ?? []), i]));
  return { height: asset.params.height, markers, byCode, paths: channelPaths(markers, LINE_LIFT_M) };
}

let pending: Promise<SceneData> | undefined;

/** The viewer's markers and channel paths, from the one placements asset (renderer/data/placements.ts). */
export function loadSceneData(): Promise<SceneData> {
  pending ??= loadPlacements().then(buildSceneData);
  return pending;
}

let landmarksPending: Promise<Map<string, Vec3>> | undefined;

/** The placed landmarks (id → position; "@right" ids are the right-side copies), for the locate guide. */
export function loadLandmarks(): Promise<Map<string, Vec3>> {
  landmarksPending ??= loadPlacements().then((asset) => new Map(Object.entries(asset.landmarks)));
  return landmarksPending;
}
