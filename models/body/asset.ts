// Turns the body field into the runtime mesh: surface nets at a fine voxel, simplified with
// meshoptimizer, normals from the field gradient, written as a glb. Pure (no Node APIs).
import { Document, WebIO } from '@gltf-transform/core';
import { KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptSimplifier } from 'meshoptimizer';
import { type Body } from './body';
import { meshField } from './mesher';

export interface AssetOptions {
  /** voxel edge in metres; ≤ 3 mm keeps the gaps between fingers open */
  voxel: number;
  /** triangle budget after simplification */
  targetTriangles: number;
}

export const DEFAULT_ASSET_OPTIONS: AssetOptions = { voxel: 0.0025, targetTriangles: 100_000 };

export interface BodyMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** triangles before simplification */
  rawTriangles: number;
  /** meshoptimizer's relative error estimate */
  simplifyError: number;
}

export async function buildBodyMesh(body: Body, opts: AssetOptions = DEFAULT_ASSET_OPTIONS): Promise<BodyMesh> {
  const raw = meshField(body.field, opts.voxel);
  await MeshoptSimplifier.ready;
  const { simplified, error } = simplifyClosed(raw.indices, raw.positions, opts.targetTriangles);
  const { positions, indices } = compact(raw.positions, simplified);
  const normals = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const n = body.field.normal([positions[i]!, positions[i + 1]!, positions[i + 2]!]);
    normals[i] = n[0];
    normals[i + 1] = n[1];
    normals[i + 2] = n[2];
  }
  return { positions, normals, indices, rawTriangles: raw.indices.length / 3, simplifyError: error };
}

/**
 * Simplify, keeping the mesh a closed 2-manifold: where a collapse joined two sheets across a thin gap
 * (an edge shared by four triangles), lock those vertices and their neighbours and simplify again.
 */
function simplifyClosed(
  idx: Uint32Array,
  pos: Float32Array,
  target: number,
): { simplified: Uint32Array; error: number } {
  const lock = new Uint8Array(pos.length / 3);
  for (let attempt = 0; ; attempt++) {
    const [simplified, error] = MeshoptSimplifier.simplifyWithAttributes(
      idx,
      pos,
      3,
      pos,
      3,
      [0, 0, 0],
      lock,
      Math.min(idx.length, target * 3),
      0.01,
    );
    const bad = badEdgeVertices(simplified);
    if (bad.size === 0 || attempt === 4) return { simplified, error };
    for (let r = 0; r < 3; r++) growLock(idx, bad);
    for (const v of bad) lock[v] = 1;
  }
}

/** Vertices of edges not shared by exactly two triangles. */
export function badEdgeVertices(idx: Uint32Array): Set<number> {
  const count = new Map<string, number>();
  for (let i = 0; i < idx.length; i += 3)
    for (let j = 0; j < 3; j++) {
      const a = idx[i + j]!,
        b = idx[i + ((j + 1) % 3)]!;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  const out = new Set<number>();
  for (const [k, c] of count) if (c !== 2) for (const v of k.split(',')) out.add(Number(v));
  return out;
}

function growLock(idx: Uint32Array, set: Set<number>): void {
  const add: number[] = [];
  for (let i = 0; i < idx.length; i += 3) {
    const a = idx[i]!,
      b = idx[i + 1]!,
      c = idx[i + 2]!;
    if (set.has(a) || set.has(b) || set.has(c)) add.push(a, b, c);
  }
  for (const v of add) set.add(v);
}

/** Drop vertices no triangle uses, keeping first-use order (deterministic). */
function compact(pos: Float32Array, idx: Uint32Array): { positions: Float32Array; indices: Uint32Array } {
  const remap = new Int32Array(pos.length / 3).fill(-1);
  const out: number[] = [];
  const indices = new Uint32Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i]!;
    if (remap[v] === -1) {
      remap[v] = out.length / 3;
      out.push(pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!);
    }
    indices[i] = remap[v]!;
  }
  return { positions: new Float32Array(out), indices };
}

/**
 * The glb as the app loads it, quantized (KHR_mesh_quantization): positions as normalised int16 with the
 * node's scale and translation mapping them back to metres (≈ 0.03 mm steps), normals as
 * normalised int8, indices as uint16 when the mesh has fewer than 65 536 vertices. Half the bytes of
 * float32 and decoded by three's GLTFLoader without any decoder (no WebAssembly, so the renderer's CSP
 * stays without 'wasm-unsafe-eval'). `dequantize` in the renderer turns it back into float32 metres.
 */
export async function writeGlb(mesh: BodyMesh): Promise<Uint8Array> {
  const doc = new Document();
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  const buffer = doc.createBuffer();
  const q = quantizePositions(mesh.positions);
  const pos = doc.createAccessor('POSITION').setType('VEC3').setArray(q.values).setNormalized(true).setBuffer(buffer);
  const nrm = doc
    .createAccessor('NORMAL')
    .setType('VEC3')
    .setArray(quantizeNormals(mesh.normals))
    .setNormalized(true)
    .setBuffer(buffer);
  const indexArray = mesh.positions.length / 3 < 65_536 ? Uint16Array.from(mesh.indices) : mesh.indices;
  const idx = doc.createAccessor('indices').setType('SCALAR').setArray(indexArray).setBuffer(buffer);
  const material = doc.createMaterial('skin').setBaseColorFactor([0.87, 0.74, 0.64, 1]).setRoughnessFactor(0.7);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', pos)
    .setAttribute('NORMAL', nrm)
    .setIndices(idx)
    .setMaterial(material);
  const mesh3 = doc.createMesh('body').addPrimitive(prim);
  const node = doc.createNode('body').setMesh(mesh3).setTranslation(q.offset).setScale(q.scale);
  doc.createScene('body').addChild(node);
  doc.getRoot().getAsset().generator = 'acupoint-reference models/body';
  return new WebIO().registerExtensions([KHRMeshQuantization]).writeBinary(doc);
}

const INT16_MAX = 32767;

/**
 * Positions → normalised int16, centred on the bounding box, one scale for all three axes (so the node's
 * scale is uniform and leaves the normals' directions alone): p = offset + scale · (q / 32767).
 */
export function quantizePositions(positions: Float32Array): {
  values: Int16Array;
  offset: [number, number, number];
  scale: [number, number, number];
} {
  const lo = [Infinity, Infinity, Infinity],
    hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i++) {
    const a = i % 3,
      v = positions[i]!;
    if (v < lo[a]!) lo[a] = v;
    if (v > hi[a]!) hi[a] = v;
  }
  const offset = [0, 1, 2].map((a) => (lo[a]! + hi[a]!) / 2) as [number, number, number];
  const half = Math.max(...[0, 1, 2].map((a) => (hi[a]! - lo[a]!) / 2), 1e-9);
  const scale: [number, number, number] = [half, half, half];
  const values = new Int16Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const a = i % 3;
    values[i] = Math.round(((positions[i]! - offset[a]!) / half) * INT16_MAX);
  }
  return { values, offset, scale };
}

/** Unit normals → normalised int8 (≈ 0.5° steps). */
function quantizeNormals(normals: Float32Array): Int8Array {
  const out = new Int8Array(normals.length);
  for (let i = 0; i < normals.length; i++) out[i] = Math.round(Math.max(-1, Math.min(1, normals[i]!)) * 127);
  return out;
}
