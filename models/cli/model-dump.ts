// `npm run --silent model:dump [--height 1.6] [--build slim|average|broad|0..1] [--sex female]`:
// prints landmarks and every placed point (side, position, normal, status) as JSON.
import { generateBody } from '../generated';
import { placementsJson } from '../placements';
import { loadPointRules } from '../points-source';
import { bodyParams, readArgs } from './body-args';

try {
  const params = bodyParams(readArgs({}).values);
  const { rules, problems } = loadPointRules();
  const json = placementsJson(generateBody(params), rules);
  process.stdout.write(`${JSON.stringify({ ...json, ...(problems.length ? { problems } : {}) }, null, 1)}\n`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
