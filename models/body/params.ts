// Body parameters. Everything the generator, the landmarks and the locator compute follows from these.
export type Sex = 'male' | 'female';
export type BuildName = 'slim' | 'average' | 'broad';

export interface BodyParams {
  /** standing height in metres (vertex to sole) */
  readonly height: number;
  /** 0 = slim … 1 = broad (girth of soft tissue and frame breadth) */
  readonly build: number;
  readonly sex: Sex;
}

export const BUILD_VALUES: Readonly<Record<BuildName, number>> = { slim: 0.15, average: 0.5, broad: 0.9 };

export const DEFAULT_PARAMS: BodyParams = { height: 1.75, build: 0.5, sex: 'male' };

/** Reference stature the skeleton tables are written for (adult male, average build). */
export const REFERENCE_HEIGHT = 1.75;

export function normaliseParams(p: Partial<BodyParams> & { buildName?: BuildName }): BodyParams {
  const height = p.height ?? DEFAULT_PARAMS.height;
  const build = p.buildName ? BUILD_VALUES[p.buildName] : (p.build ?? DEFAULT_PARAMS.build);
  if (!(height >= 1.3 && height <= 2.2)) throw new RangeError(`height ${height} m outside 1.3–2.2`);
  if (!(build >= 0 && build <= 1)) throw new RangeError(`build ${build} outside 0–1`);
  return { height, build, sex: p.sex ?? DEFAULT_PARAMS.sex };
}

/** Soft-tissue girth factor: radii of muscles and fat scale by this. */
export const girth = (p: BodyParams): number => 0.9 + 0.22 * p.build;
