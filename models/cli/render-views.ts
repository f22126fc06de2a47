// `npx tsx models/cli/render-views.ts [outDir]`: software-rendered PNG views of the default body with
// landmarks (blue) and placed points (seed points red, others green), for looking at the model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBodyMesh } from '../body/asset';
import { type Vec3 } from '../body/vec';
import { generateBody } from '../generated';
import { Locator } from '../locator/locator';
import { loadPointRules } from '../points-source';
import { encodePng } from './render/png';
import { type Marker, type View, render } from './render/raster';

const SEED = new Set(['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36']);

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/body-views';
  mkdirSync(out, { recursive: true });
  const gen = generateBody();
  const mesh = await buildBodyMesh(gen.body, { voxel: 0.003, targetTriangles: 150_000 });
  const markers: Marker[] = [...gen.surface.landmarks.values()].map((p) => ({ p, colour: [60, 110, 230], radiusPx: 2 }));
  for (const pl of new Locator(gen.surface, loadPointRules().rules).placeAll()) {
    if (pl.position) markers.push({ p: pl.position, colour: SEED.has(pl.code) ? [230, 30, 30] : [30, 170, 60], radiusPx: SEED.has(pl.code) ? 4 : 3 });
  }
  const sk = gen.body.skeleton.p;
  const full = (back: Vec3): Partial<View> => ({ back, centre: [0, 0.89, 0], span: 1.85, width: 600, height: 1000 });
  const close = (back: Vec3, centre: Vec3, span: number): Partial<View> => ({ back, centre, span, width: 600, height: 600 });
  const views: Record<string, Partial<View>> = {
    front: full([0, 0, 1]), back: full([0, 0, -1]), left: full([1, 0, 0]), right: full([-1, 0, 0]),
    'hand-dorsum': close([0.2, 0, -1], sk.wrist!, 0.2), 'hand-palm': close([0, 0, 1], sk.wrist!, 0.2),
    'knee-front': close([0.5, 0, 1], sk.knee!, 0.3), 'knee-lateral': close([1, 0, 0.2], sk.knee!, 0.3),
    'knee-back': close([0, 0, -1], sk.knee!, 0.3), 'ankle-medial': close([-1, 0, 0.2], [0.09, 0.12, 0], 0.3),
    'ankle-lateral': close([1, 0, 0.2], [0.11, 0.1, 0], 0.3), buttock: close([0.4, 0, -1], [0.06, 0.9, -0.05], 0.45),
    'lower-back': close([0, 0, -1], [0, 1.1, -0.05], 0.45), face: close([0, 0, 1], [0, 1.62, 0], 0.3),
  };
  for (const [name, v] of Object.entries(views)) {
    const view: View = { up: [0, 1, 0], centre: [0, 0.89, 0], span: 1.85, width: 600, height: 1000, back: [0, 0, 1], ...v };
    writeFileSync(join(out, `${name}.png`), encodePng(view.width, view.height, render(mesh.positions, mesh.indices, view, markers)));
  }
  console.log(`wrote ${Object.keys(views).length} views to ${out}`);
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
