// `npm run model:build`: writes models/assets/body.glb and models/assets/placements.json for the
// default body. Deterministic: the same parameters give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ASSET_OPTIONS, buildBodyMesh, writeGlb } from '../body/asset';
import { DEFAULT_PARAMS } from '../body/params';
import { generateBody } from '../generated';
import { placementsJson } from '../placements';
import { loadPointRules } from '../points-source';

async function main(): Promise<void> {
  const t0 = Date.now();
  const out = join(process.cwd(), 'models/assets');
  mkdirSync(out, { recursive: true });
  const gen = generateBody(DEFAULT_PARAMS);
  const mesh = await buildBodyMesh(gen.body, DEFAULT_ASSET_OPTIONS);
  const glb = await writeGlb(mesh);
  writeFileSync(join(out, 'body.glb'), glb);
  const { rules, problems } = loadPointRules();
  const json = placementsJson(gen, rules);
  writeFileSync(join(out, 'placements.json'), `${JSON.stringify(json, null, 1)}\n`);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`body.glb: ${(glb.length / 1e6).toFixed(2)} MB, ${mesh.indices.length / 3} triangles (from ${mesh.rawTriangles}), ${mesh.positions.length / 3} vertices`);
  console.log(`landmarks: ${gen.placement.positions.size} placed, ${gen.placement.unplaced.size} unplaced`);
  console.log(`points: ${JSON.stringify(json.counts)} from ${rules.length} rules${problems.length ? `; problems: ${problems.join('; ')}` : ''}`);
  console.log(`done in ${secs} s`);
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
