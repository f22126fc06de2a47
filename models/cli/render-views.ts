// `npx tsx models/cli/render-views.ts [outDir] [--height 1.6] [--build slim|0..1] [--sex female]
//  [--only front,face] [--no-markers] [--voxel 0.003]`: software-rendered PNG views of a generated body with
// landmarks (blue) and placed points (seed points red, others green), for looking at the model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBodyMesh } from '../body/asset';
import { bodyParams, readArgs } from './body-args';
import { type Vec3 } from '../body/vec';
import { generateBody } from '../generated';
import { Locator } from '../locator/locator';
import { loadPointRules } from '../points-source';
import { encodePng } from './render/png';
import { type Marker, type View, render } from './render/raster';

const SEED = new Set(['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36']);

function views(sk: Readonly<Record<string, Vec3>>, s: number): Record<string, Partial<View>> {
  const full = (back: Vec3): Partial<View> => ({
    back,
    centre: [0, 0.89 * s, 0],
    span: 1.85 * s,
    width: 600,
    height: 1000,
  });
  const close = (back: Vec3, centre: Vec3, span: number): Partial<View> => ({
    back,
    centre,
    span: span * s,
    width: 600,
    height: 600,
  });
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  const hand: Vec3 = [sk.wrist![0] + 0.01 * s, sk.wrist![1] - 0.07 * s, sk.wrist![2]];
  return {
    front: full([0, 0, 1]),
    back: full([0, 0, -1]),
    left: full([1, 0, 0]),
    right: full([-1, 0, 0]),
    'hand-dorsum': close([0.2, 0, -1], sk.wrist!, 0.2),
    'hand-palm': close([0, 0, 1], sk.wrist!, 0.2),
    'hand-whole-palm': close([0, 0, 1], hand, 0.24),
    'hand-whole-dorsum': close([0.2, 0, -1], hand, 0.24),
    'hand-radial': close([1, 0, 0.3], hand, 0.24),
    'knee-front': close([0.5, 0, 1], sk.knee!, 0.3),
    'knee-lateral': close([1, 0, 0.2], sk.knee!, 0.3),
    'knee-back': close([0, 0, -1], sk.knee!, 0.3),
    'ankle-medial': close([-1, 0, 0.2], [0.09 * s, 0.12 * s, 0], 0.3),
    'ankle-lateral': close([1, 0, 0.2], [0.11 * s, 0.1 * s, 0], 0.3),
    buttock: close([0.4, 0, -1], S(0.06, 0.9, -0.05), 0.45),
    'foot-top': {
      back: [0.2, 1, 0.6],
      up: [0, 0, 1],
      centre: S(0.11, 0.03, 0.07),
      span: 0.32 * s,
      width: 600,
      height: 600,
    },
    'foot-sole-side': close([-1, -0.15, 0.1], S(0.11, 0.05, 0.05), 0.3),
    'lower-back': close([0, 0, -1], S(0, 1.1, -0.05), 0.45),
    face: close([0, 0, 1], S(0, 1.62, 0), 0.3),
    'face-oblique': close([0.7, 0, 1], S(0.02, 1.62, 0), 0.3),
    'face-side': close([1, 0, 0], S(0.02, 1.62, 0), 0.3),
    chest: close([0.25, 0, 1], S(0.06, 1.3, 0.05), 0.5),
    'chest-oblique': close([1, 0, 0.8], S(0.12, 1.3, 0), 0.45),
    armpit: close([1, -0.2, 0.25], S(0.17, 1.3, -0.02), 0.3),
    'neck-shoulder': close([0.2, 0.3, 1], S(0.08, 1.44, 0.02), 0.3),
    'elbow-front': close([0, 0, 1], sk.elbow!, 0.25),
    eye: close([0.25, 0, 1], S(0.032, 1.633, 0.07), 0.08),
    ear: close([1, 0, 0.15], S(0.07, 1.625, 0.0), 0.1),
    'fingers-dorsal': close([0.1, 0, -1], sk.wrist!.map((v, i) => v + [0.008, -0.13, 0][i]! * s) as Vec3, 0.12),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = readArgs({
    voxel: { type: 'string' },
    only: { type: 'string' },
    'no-markers': { type: 'boolean' },
  });
  const out = positionals[0] ?? '/tmp/body-views';
  mkdirSync(out, { recursive: true });
  const gen = generateBody(bodyParams(values));
  const voxel = Number(values.voxel ?? 0.003);
  const mesh = await buildBodyMesh(gen.body, { voxel, targetTriangles: 150_000 });
  const markers: Marker[] = [];
  if (!values['no-markers']) {
    for (const p of gen.surface.landmarks.values()) markers.push({ p, colour: [60, 110, 230], radiusPx: 2 });
    for (const pl of new Locator(gen.surface, loadPointRules().rules).placeAll()) {
      if (pl.position)
        markers.push({
          p: pl.position,
          colour: SEED.has(pl.code) ? [230, 30, 30] : [30, 170, 60],
          radiusPx: SEED.has(pl.code) ? 4 : 3,
        });
    }
  }
  const only = values.only?.split(',');
  const all = Object.entries(views(gen.body.skeleton.p, gen.body.skeleton.s)).filter(
    ([n]) => !only || only.includes(n),
  );
  for (const [name, v] of all) {
    const view: View = {
      up: [0, 1, 0],
      centre: [0, 0.89, 0],
      span: 1.85,
      width: 600,
      height: 1000,
      back: [0, 0, 1],
      ...v,
    };
    writeFileSync(
      join(out, `${name}.png`),
      encodePng(view.width, view.height, render(mesh.positions, mesh.indices, view, markers)),
    );
  }
  console.log(`wrote ${all.length} views to ${out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
