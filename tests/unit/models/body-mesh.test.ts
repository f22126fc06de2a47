// The generated body as geometry: every landmark and placed point on the skin, a closed mesh, the same
// bytes on regeneration, and the mesh-backed surface agreeing with the SDF one.
import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../../points/anatomy/landmarks';
import { badEdgeVertices, buildBodyMesh, writeGlb } from '../../../models/body/asset';
import { Locator } from '../../../models/locator/locator';
import { meshSurface } from '../../../models/locator/mesh-surface';
import { loadPointRules } from '../../../models/points-source';
import { dist } from '../../../models/body/vec';
import { body } from './fixtures';

const COARSE = { voxel: 0.006, targetTriangles: 20_000 };

describe('generated body', () => {
  const g = body();

  it('places every landmark of the vocabulary, or reports it', () => {
    for (const l of LANDMARKS) {
      expect(g.placement.positions.has(l.id) || g.placement.unplaced.has(l.id), l.id).toBe(true);
    }
    expect(g.placement.unplaced.size).toBe(0);
  });

  it('has every landmark and every placed point within 1 mm of the skin', () => {
    const f = g.body.field.at;
    for (const [id, p] of g.surface.landmarks) expect(Math.abs(f(...p)), id).toBeLessThan(1e-3);
    const placed = new Locator(g.surface, loadPointRules().rules).placeAll().filter((p) => p.position);
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) expect(Math.abs(f(...p.position!)), `${p.code} ${p.side}`).toBeLessThan(1e-3);
  });

  it('mirrors the landmarks left/right', () => {
    for (const [id, p] of g.surface.landmarks) {
      if (!id.endsWith('@right')) continue;
      const left = g.surface.landmarks.get(id.slice(0, -6))!;
      expect(dist(p, [-left[0], left[1], left[2]])).toBeLessThan(1e-9);
    }
  });

  it('differs between parameter sets (female, slim) yet stays on its own skin', () => {
    const f = body(1.65, 'female', 0.15);
    const a = f.surface.landmarks.get('greater-trochanter')!,
      b = g.surface.landmarks.get('greater-trochanter')!;
    expect(dist(a, b)).toBeGreaterThan(0.01);
    for (const [, p] of f.surface.landmarks) expect(Math.abs(f.body.field.at(...p))).toBeLessThan(1e-3);
  });

  it('meshes into a closed surface (every edge shared by exactly two triangles), deterministically', async () => {
    const m1 = await buildBodyMesh(g.body, COARSE);
    expect(m1.indices.length / 3).toBeGreaterThan(10_000);
    expect(badEdgeVertices(m1.indices).size).toBe(0);
    const a = await writeGlb(m1);
    const b = await writeGlb(await buildBodyMesh(body(1.75, 'male', 0.5).body, COARSE));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('locates the same points on the mesh surface as on the SDF surface (within 4 mm at a coarse mesh)', async () => {
    const m = await buildBodyMesh(g.body, { voxel: 0.004, targetTriangles: 60_000 });
    const mesh = meshSurface(m.positions, m.indices, g.surface.landmarks);
    const rules = loadPointRules().rules;
    const onSdf = new Locator(g.surface, rules).placeAll();
    const onMesh = new Locator(mesh, rules).placeAll();
    onSdf.forEach((p, i) => {
      if (!p.position) return;
      expect(dist(p.position, onMesh[i]!.position!), `${p.code} ${p.side}`).toBeLessThan(0.004);
    });
  });
});
