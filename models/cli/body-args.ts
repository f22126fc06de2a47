// The body's proportions on the command line (model:dump, render-views): --height 1.6, --build
// slim|average|broad|0..1, --sex male|female, read with node:util parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BUILD_VALUES, type BuildName, normaliseParams } from '../body/params';

export const BODY_OPTIONS = {
  height: { type: 'string' },
  build: { type: 'string' },
  sex: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export function bodyParams(values: {
  height?: string;
  build?: string;
  sex?: string;
}): ReturnType<typeof normaliseParams> {
  const { height, build, sex } = values;
  if (sex !== undefined && sex !== 'male' && sex !== 'female')
    throw new Error(`--sex must be male or female, not ${sex}`);
  if (build !== undefined && /^[a-z]+$/.test(build) && !(build in BUILD_VALUES))
    throw new Error(`--build must be slim, average, broad or 0..1, not ${build}`);
  return normaliseParams({
    ...(height !== undefined ? { height: Number(height) } : {}),
    ...(build !== undefined
      ? /^[a-z]+$/.test(build)
        ? { buildName: build as BuildName }
        : { build: Number(build) }
      : {}),
    ...(sex === 'male' || sex === 'female' ? { sex } : {}),
  });
}

/** Reads argv with the body options plus the script's own; unknown options are refused. */
export function readArgs<O extends NonNullable<ParseArgsConfig['options']>>(own: O) {
  return parseArgs({
    args: process.argv.slice(2),
    options: { ...BODY_OPTIONS, ...own },
    allowPositionals: true,
    strict: true,
  });
}
