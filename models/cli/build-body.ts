// `npm run model:build [-- --only female-slim,male-average]`: writes, for every body variant
// (models/body/variants.ts), models/assets/bodies/<id>.glb and <id>.placements.json. Deterministic: the
// same parameters give the same bytes. Each body takes ≈ 15–40 s; variants build in parallel processes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ASSET_OPTIONS, buildBodyMesh, writeGlb } from '../body/asset';
import { BODY_VARIANTS, type BodyVariant, variantParams } from '../body/variants';
import { generateBody } from '../generated';
import { placementsJson } from '../placements';
import { loadPointRules } from '../points-source';

export const BODIES_DIR = join(process.cwd(), 'models/assets/bodies');

async function buildOne(v: BodyVariant): Promise<string> {
  const t0 = Date.now();
  const gen = generateBody(variantParams(v));
  const mesh = await buildBodyMesh(gen.body, DEFAULT_ASSET_OPTIONS);
  const glb = await writeGlb(mesh);
  writeFileSync(join(BODIES_DIR, `${v.id}.glb`), glb);
  const { rules, problems } = loadPointRules();
  const json = placementsJson(gen, rules);
  writeFileSync(join(BODIES_DIR, `${v.id}.placements.json`), `${JSON.stringify(json, null, 1)}\n`);
  return [
    `${v.id}: ${(glb.length / 1e6).toFixed(2)} MB, ${mesh.indices.length / 3} triangles (from ${mesh.rawTriangles}), ${mesh.positions.length / 3} vertices`,
    `  landmarks: ${gen.placement.positions.size} placed, ${gen.placement.unplaced.size} unplaced`,
    `  points: ${JSON.stringify(json.counts)} from ${rules.length} rules${problems.length ? `; problems: ${problems.join('; ')}` : ''}`,
    `  ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, one: { type: 'string' } } });
  if (values.one) {
    const v = BODY_VARIANTS.find((b) => b.id === values.one);
    if (!v) throw new Error(`unknown variant ${values.one}`);
    console.log(await buildOne(v));
    return;
  }
  const only = values.only?.split(',');
  const todo = BODY_VARIANTS.filter((v) => !only || only.includes(v.id));
  if (only && todo.length !== only.length)
    throw new Error(`unknown variant in --only ${values.only}; known: ${BODY_VARIANTS.map((v) => v.id).join(', ')}`);
  mkdirSync(BODIES_DIR, { recursive: true });
  const t0 = Date.now();
  const lanes = Math.max(1, Math.min(todo.length, availableParallelism()));
  const queue = [...todo];
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let v = queue.shift(); v; v = queue.shift()) console.log(await inProcess(v));
    }),
  );
  console.log(`${todo.length} bodies in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** One variant in its own process (the generator is single-threaded CPU work). */
function inProcess(v: BodyVariant): Promise<string> {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  return new Promise((resolve, reject) => {
    execFile(tsx, [fileURLToPath(import.meta.url), '--one', v.id], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${v.id}: ${stderr || err.message}`));
      else resolve(stdout.trimEnd());
    });
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
