// The viewer's data for one body variant: its skin and the placed points (models/assets/bodies, emitted
// by Vite as files served by 'self' — nothing remote). Each variant is loaded once per page.
import type { BufferGeometry } from 'three';
import type { BodyVariantId } from '../../models/body/variants';
import type { PlacementsAsset } from '../../models/placements-asset';
import { loadBodyGeometry } from '../data/body-assets';
import { loadPlacements } from '../data/placements';
import { withBvh } from './body-mesh';
import { layOnSkin } from './skin-path';
import { channelPaths, markerInstances, type ChannelPath, type MarkerInstance, type Vec3 } from './scene-math';

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

/** One body as the viewer uses it: its variant, markers and channel paths, skin geometry and landmarks. */
export interface LoadedBody {
  id: BodyVariantId;
  data: SceneData;
  /** the skin in body metres, with its raycasting BVH */
  skin: BufferGeometry;
  /** the placed landmarks (id → position; "@right" ids are the right-side copies), for the locate guide */
  landmarks: Map<string, Vec3>;
  /** the channel lines laid on this body's skin (worked out once, when the body loads) */
  linesOnSkin: ChannelPath[];
}

const bodies = new Map<BodyVariantId, Promise<LoadedBody>>();

/** The body of this variant, loaded once per page (a failed load is tried again on the next call). */
export function loadBody(id: BodyVariantId): Promise<LoadedBody> {
  let p = bodies.get(id);
  if (!p) {
    p = Promise.all([loadPlacements(id), loadBodyGeometry(id)]).then(([asset, geometry]) => {
      performance.mark(`body:loaded:${id}`);
      const skin = withBvh(geometry);
      const data = buildSceneData(asset);
      const linesOnSkin = layOnSkin(data.paths, skin, LINE_LIFT_M);
      performance.measure(`body:prepare:${id}`, `body:loaded:${id}`);
      return { id, skin, data, landmarks: new Map(Object.entries(asset.landmarks)), linesOnSkin };
    });
    p.catch(() => bodies.delete(id));
    bodies.set(id, p);
  }
  return p;
}
