// The bodies the app ships: female and male, each slim, average and broad, all at the reference height.
// Height needs no variant of its own: the generator scales the whole skeleton and every radius by
// height / REFERENCE_HEIGHT (points and landmarks of a 1.55 m body are the 1.75 m body's × 1.55/1.75 to
// within 0.2 mm), so a patient's height changes centimetres, never the shape on screen.
import { BUILD_VALUES, type BodyParams, type BuildName, REFERENCE_HEIGHT, type Sex } from './params';

export const BODY_SEXES = ['female', 'male'] as const satisfies readonly Sex[];
export const BODY_BUILDS = ['slim', 'average', 'broad'] as const satisfies readonly BuildName[];

export type BodyVariantId = `${Sex}-${BuildName}`;

export interface BodyVariant {
  readonly id: BodyVariantId;
  readonly sex: Sex;
  readonly build: BuildName;
}

export const BODY_VARIANTS: readonly BodyVariant[] = BODY_SEXES.flatMap((sex) =>
  BODY_BUILDS.map((build) => ({ id: `${sex}-${build}` as const, sex, build })),
);

/** The model body shown when nothing chooses another: the one the body's tuning notes describe. */
export const DEFAULT_VARIANT: BodyVariant = { id: 'male-average', sex: 'male', build: 'average' };

export function bodyVariant(sex: Sex, build: BuildName): BodyVariant {
  return BODY_VARIANTS.find((v) => v.sex === sex && v.build === build) ?? DEFAULT_VARIANT;
}

export function isBodyVariantId(id: string): id is BodyVariantId {
  return BODY_VARIANTS.some((v) => v.id === id);
}

export function variantParams(v: BodyVariant): BodyParams {
  return { height: REFERENCE_HEIGHT, build: BUILD_VALUES[v.build], sex: v.sex };
}

/** "female, slim" */
export function variantLabel(v: BodyVariant): string {
  return `${v.sex}, ${v.build}`;
}
