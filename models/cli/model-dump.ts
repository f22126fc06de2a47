// `npm run --silent model:dump [--height 1.6] [--build slim|average|broad|0..1] [--sex female]`:
// prints landmarks and every placed point (side, position, normal, status) as JSON.
import { type BuildName, normaliseParams } from '../body/params';
import { generateBody } from '../generated';
import { placementsJson } from '../placements';
import { loadPointRules } from '../points-source';

function parseArgs(argv: string[]): ReturnType<typeof normaliseParams> {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const build = get('build');
  const sex = get('sex');
  if (sex && sex !== 'male' && sex !== 'female') throw new Error(`--sex must be male or female, not ${sex}`);
  const height = get('height');
  return normaliseParams({
    ...(height ? { height: Number(height) } : {}),
    ...(build && /^[a-z]+$/.test(build) ? { buildName: build as BuildName } : build ? { build: Number(build) } : {}),
    ...(sex === 'male' || sex === 'female' ? { sex } : {}),
  });
}

try {
  const params = parseArgs(process.argv.slice(2));
  const { rules, problems } = loadPointRules();
  const json = placementsJson(generateBody(params), rules);
  process.stdout.write(`${JSON.stringify({ ...json, ...(problems.length ? { problems } : {}) }, null, 1)}\n`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
