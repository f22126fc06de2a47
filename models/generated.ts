// The generated body as a BodySurface: build the field, place the landmarks, mirror them to the right.
import { landmarkDef } from '../points/anatomy/landmarks';
import { type Body, buildBody } from './body/body';
import { type LandmarkPlacement, placeLandmarks } from './body/landmarks/place';
import { type BodyParams, DEFAULT_PARAMS } from './body/params';
import { sdfSurface } from './locator/sdf-surface';
import { type BodySurface, withMirroredRight } from './locator/surface';

export interface GeneratedBody {
  readonly body: Body;
  readonly placement: LandmarkPlacement;
  readonly surface: BodySurface;
}

export function generateBody(params: BodyParams = DEFAULT_PARAMS): GeneratedBody {
  const body = buildBody(params);
  const placement = placeLandmarks(body);
  const landmarks = withMirroredRight(placement.positions, (id) => landmarkDef(id)?.bilateral === true);
  return { body, placement, surface: sdfSurface(body.field, landmarks) };
}
