import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { KHRMeshQuantization } from '@gltf-transform/extensions';
import { describe, expect, it } from 'vitest';
import { BODY_VARIANTS, variantParams } from '../../../models/body/variants';
import { generateBody } from '../../../models/generated';
import { placementsJson } from '../../../models/placements';
import { loadPointRules } from '../../../models/points-source';

const BODIES = path.resolve(import.meta.dirname, '../../../models/assets/bodies');
const file = (name: string): string => path.join(BODIES, name);

// The committed runtime assets must match what the generator and today's location rules produce, so a
// corrected rule can never ship with a stale position — and each body's points are placed by the locator
// on that body, never copied from another. Fix: `npm run model:build`, then commit.
describe('committed body assets', () => {
  const { rules } = loadPointRules();

  it.each(BODY_VARIANTS.map((v) => [v.id, v] as const))(
    '%s: placements equal a fresh placement of every point on that body',
    (_id, v) => {
      const committed = JSON.parse(readFileSync(file(`${v.id}.placements.json`), 'utf8'));
      const fresh = JSON.parse(JSON.stringify(placementsJson(generateBody(variantParams(v)), rules)));
      expect(committed.params).toEqual(fresh.params);
      expect(fresh.counts).toEqual(committed.counts);
      expect(fresh.points).toEqual(committed.points);
      expect(fresh.landmarks).toEqual(committed.landmarks);
    },
  );

  it('the bodies differ: female and male, slim and broad are not one mesh copied', () => {
    const land = (id: string): Record<string, number[]> =>
      JSON.parse(readFileSync(file(`${id}.placements.json`), 'utf8')).landmarks;
    const at = (id: string, lm: string, axis: number): number => land(id)[lm]![axis]!;
    // a wider pelvis and narrower shoulders on the female body; a broader frame and deeper chest on the broad build
    expect(at('female-average', 'greater-trochanter', 0)).toBeGreaterThan(
      at('male-average', 'greater-trochanter', 0) + 0.003,
    );
    expect(at('female-average', 'acromion-lateral', 0)).toBeLessThan(at('male-average', 'acromion-lateral', 0) - 0.01);
    expect(at('male-broad', 'greater-trochanter', 0)).toBeGreaterThan(at('male-slim', 'greater-trochanter', 0) + 0.015);
    expect(at('male-broad', 'nipple', 2)).toBeGreaterThan(at('male-slim', 'nipple', 2) + 0.01);
  });

  it('every body ships as a quantized glb, all together within the 12 MB budget', async () => {
    const io = new NodeIO().registerExtensions([KHRMeshQuantization]);
    let total = 0;
    for (const v of BODY_VARIANTS) {
      const bytes = readFileSync(file(`${v.id}.glb`));
      total += bytes.length + statSync(file(`${v.id}.placements.json`)).size;
      const doc = await io.readBinary(new Uint8Array(bytes));
      const prim = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!;
      expect(
        doc
          .getRoot()
          .listExtensionsRequired()
          .map((e) => e.extensionName),
      ).toEqual(['KHR_mesh_quantization']);
      expect(prim.getAttribute('POSITION')!.getArray()).toBeInstanceOf(Int16Array);
      expect(prim.getAttribute('NORMAL')!.getArray()).toBeInstanceOf(Int8Array);
      expect(prim.getIndices()!.getArray()).toBeInstanceOf(Uint16Array);
    }
    expect(total).toBeLessThanOrEqual(12e6);
  });
});
