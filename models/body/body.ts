// Assembles the body: skeleton → primitives → signed distance field. Deterministic for given params.
import { type BodyField, buildField } from './field';
import { makeKit } from './kit';
import { type BodyParams, DEFAULT_PARAMS } from './params';
import { arm } from './parts/arm';
import { head } from './parts/head';
import { leg } from './parts/leg';
import { trunk } from './parts/trunk';
import { type Skeleton, buildSkeleton } from './skeleton';

export interface Body {
  readonly params: BodyParams;
  readonly skeleton: Skeleton;
  readonly field: BodyField;
}

export function buildBody(params: BodyParams = DEFAULT_PARAMS): Body {
  const skeleton = buildSkeleton(params);
  const kit = makeKit(skeleton, params);
  trunk(kit);
  head(kit);
  arm(kit);
  leg(kit);
  // Surface details are positioned on the skin of the base field, so they follow every parameter.
  const base = buildField([...kit.out]);
  for (const d of kit.details) d(base.at);
  return { params, skeleton, field: buildField(kit.out) };
}
