// The plan store's summary index (issue 15, "An index that scales"): list() reads only files that changed,
// follows files changed or removed behind its back, rebuilds a damaged index and still reports problems.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../../electron/services/plan-file-read';
import { INDEX_FILE } from '../../../electron/services/plan-index-file';
import { createPlanStore } from '../../../electron/services/plan-store';
import { fixturePlan, tempDir } from './plan-test-kit';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const NOW = new Date('2026-11-23T10:00:00Z');
/** A store whose reader logs the names of the files it reads. */
function countingStore(): { store: ReturnType<typeof createPlanStore>; reads: string[] } {
  const reads: string[] = [];
  const store = createPlanStore({
    dir,
    now: () => NOW,
    readPlanFile: (file) => {
      reads.push(path.basename(file));
      return readPlanFile(file);
    },
  });
  return { store, reads };
}
const ids = ['plan-aaaaaaaa', 'plan-bbbbbbbb', 'plan-cccccccc'];
async function threePlans(): Promise<void> {
  const s = createPlanStore({ dir, now: () => NOW });
  for (const [i, id] of ids.entries())
    await s.save({ ...fixturePlan(), id, patient: { ...fixturePlan().patient, name: `Patient ${i}` } });
}
const fileOf = (id: string) => path.join(dir, `${id}.acuplan`);

describe('plan index', () => {
  it('listing twice re-reads no unchanged file, in this store or in a new one (after a restart)', async () => {
    await threePlans();
    const first = countingStore();
    expect((await first.store.list()).plans).toHaveLength(3);
    expect(first.reads.sort()).toEqual(ids.map((id) => `${id}.acuplan`));
    first.reads.length = 0;
    expect((await first.store.list('patient 1')).plans.map((p) => p.id)).toEqual(['plan-bbbbbbbb']);
    expect(first.reads).toEqual([]);
    const restarted = countingStore();
    expect((await restarted.store.list()).plans).toHaveLength(3);
    expect(restarted.reads).toEqual([]);
  });

  it('a plan the store saves is listed without being read back', async () => {
    await threePlans();
    const { store, reads } = countingStore();
    await store.list();
    await store.save({ ...fixturePlan(), id: 'plan-dddddddd', notes: 'new' });
    reads.length = 0;
    expect((await store.list()).plans.map((p) => p.id)).toContain('plan-dddddddd');
    expect(reads).toEqual([]);
  });

  it('a file changed on disk behind the store is read again, and only that one', async () => {
    await threePlans();
    const { store, reads } = countingStore();
    await store.list();
    reads.length = 0;
    await writeFile(
      fileOf('plan-bbbbbbbb'),
      JSON.stringify({
        ...fixturePlan(),
        id: 'plan-bbbbbbbb',
        patient: { ...fixturePlan().patient, name: 'Renamed Elsewhere' },
      }),
    );
    const listed = await store.list();
    expect(reads).toEqual(['plan-bbbbbbbb.acuplan']);
    expect(listed.plans.find((p) => p.id === 'plan-bbbbbbbb')?.patient).toBe('Renamed Elsewhere');
  });

  it('a removed file disappears from the list and from the stored index', async () => {
    await threePlans();
    const { store, reads } = countingStore();
    await store.list();
    await rm(fileOf('plan-aaaaaaaa'));
    reads.length = 0;
    expect((await store.list()).plans.map((p) => p.id).sort()).toEqual(['plan-bbbbbbbb', 'plan-cccccccc']);
    expect(reads).toEqual([]);
    expect(await readFile(path.join(dir, INDEX_FILE), 'utf8')).not.toContain('Patient 0');
    await store.remove('plan-bbbbbbbb');
    expect((await store.list()).plans.map((p) => p.id)).toEqual(['plan-cccccccc']);
    expect(await readFile(path.join(dir, INDEX_FILE), 'utf8')).not.toContain('Patient 1');
    await store.restore('plan-bbbbbbbb');
    expect((await store.list()).plans.map((p) => p.id).sort()).toEqual(['plan-bbbbbbbb', 'plan-cccccccc']);
  });

  it.each([
    ['damaged', () => '{"format": "acupoint-plan-in'],
    ['foreign', () => JSON.stringify({ hello: 'world' })],
  ])('a %s index is ignored and rebuilt', async (_name, content) => {
    await threePlans();
    await countingStore().store.list();
    await writeFile(path.join(dir, INDEX_FILE), content());
    const { store, reads } = countingStore();
    expect((await store.list()).plans).toHaveLength(3);
    expect(reads).toHaveLength(3);
    expect(JSON.parse(await readFile(path.join(dir, INDEX_FILE), 'utf8'))).toMatchObject({
      format: 'acupoint-plan-index',
    });
    const again = countingStore();
    await again.store.list();
    expect(again.reads).toEqual([]);
  });

  it('an index entry the plan could not hold (a text-direction override in a name) is not believed', async () => {
    await threePlans();
    await countingStore().store.list();
    const index = JSON.parse(await readFile(path.join(dir, INDEX_FILE), 'utf8')) as {
      entries: Record<string, { summary: { patient: string } }>;
    };
    index.entries['plan-cccccccc.acuplan']!.summary.patient = 'Ann \u202Egpj.exe\u202C Smith';
    await writeFile(path.join(dir, INDEX_FILE), JSON.stringify(index));
    const { store, reads } = countingStore();
    const listed = await store.list();
    expect(reads).toEqual(['plan-cccccccc.acuplan']);
    expect(listed.plans.find((p) => p.id === 'plan-cccccccc')?.patient).toBe('Patient 2');
  });

  it('files it cannot use are still reported as problems on every list', async () => {
    await threePlans();
    await writeFile(path.join(dir, 'broken.acuplan'), '{ not json');
    const { store } = countingStore();
    for (let i = 0; i < 2; i++) {
      const { plans, problems } = await store.list();
      expect(plans).toHaveLength(3);
      expect(problems).toEqual([expect.objectContaining({ file: 'broken.acuplan', code: 'not-json' })]);
    }
    const restarted = countingStore();
    expect((await restarted.store.list()).problems).toEqual([
      expect.objectContaining({ file: 'broken.acuplan', code: 'not-json' }),
    ]);
    expect(restarted.reads).toEqual([]);
  });
});
