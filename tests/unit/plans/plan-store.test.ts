import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES, Plan } from '../../../electron/contract/plan';
import { createPlanStore } from '../../../electron/services/plan-store';
import { FIXTURE_FILE, fixturePlan, sequentialIds, tempDir } from './plan-test-kit';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => cleanup());

const store = () => createPlanStore({ dir, newId: sequentialIds, now: () => new Date('2026-11-23T10:00:00Z') });
const fileOf = (id: string) => path.join(dir, `${id}.acuplan`);

describe('plan store', () => {
  it('saves, lists, opens, keeps the previous version, duplicates', async () => {
    const s = store();
    const plan = fixturePlan();
    await s.save(plan);
    await s.save({ ...plan, notes: 'second version' });
    expect((await s.open(plan.id)).notes).toBe('second version');
    expect(Plan.parse(JSON.parse(await readFile(`${fileOf(plan.id)}.bak`, 'utf8'))).notes).toBe(plan.notes);
    const copy = await s.duplicate(plan.id);
    expect(copy.id).not.toBe(plan.id);
    const { plans, problems } = await s.list();
    expect(plans.map((p) => p.id).sort()).toEqual([copy.id, plan.id].sort());
    expect(problems).toEqual([]);
    expect((await s.list('fictional')).plans).toHaveLength(2);
    expect((await s.list('no such patient')).plans).toHaveLength(0);
  });

  it('concurrent saves all land complete, in order', async () => {
    const s = store();
    const plan = fixturePlan();
    await Promise.all(Array.from({ length: 30 }, (_, i) => s.save({ ...plan, notes: `v${i} ${'n'.repeat(15_000)}` })));
    expect((await s.open(plan.id)).notes.startsWith('v29 ')).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([`${plan.id}.acuplan`, `${plan.id}.acuplan.bak`]);
  });

  it('a crash between the temp write and the rename leaves the previous version readable', async () => {
    const plan = fixturePlan();
    await store().save(plan);
    const crashing = createPlanStore({
      dir,
      atomic: {
        beforeRename: () => {
          throw new Error('power cut');
        },
      },
    });
    await expect(crashing.save({ ...plan, notes: 'never lands' })).rejects.toThrow();
    expect((await store().open(plan.id)).notes).toBe(plan.notes);
  });

  it('a child process killed mid-save leaves a complete plan', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'save-in-child.ts'), dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, 700));
    expect(child.exitCode, 'the saving child must still be running when it is killed').toBeNull();
    child.kill('SIGKILL');
    await exited;
    const opened = await store().open(fixturePlan().id);
    expect(opened.notes).toMatch(/^version \d+ x{15000}$/);
  });

  it.each([
    ['truncated', async (f: string) => writeFile(f, (await readFile(FIXTURE_FILE, 'utf8')).slice(0, 300)), 'not-json'],
    ['non-JSON', (f: string) => writeFile(f, 'PK\u0003\u0004 zip bytes'), 'not-json'],
    ['wrong shape', (f: string) => writeFile(f, JSON.stringify({ schemaVersion: 1, id: 'x' })), 'invalid'],
    ['oversized', (f: string) => writeFile(f, ' '.repeat(MAX_PLAN_BYTES + 10)), 'too-large'],
    [
      'future version',
      async (f: string) =>
        writeFile(f, (await readFile(FIXTURE_FILE, 'utf8')).replace('"schemaVersion": 3', '"schemaVersion": 99')),
      'newer-version',
    ],
  ])('a %s file gives a clear error, is reported by list and is never overwritten', async (_name, write, code) => {
    const plan = fixturePlan();
    const file = fileOf(plan.id);
    await write(file);
    const before = await readFile(file);
    const s = store();
    const { problems } = await s.list();
    expect(problems).toEqual([expect.objectContaining({ file: path.basename(file), code })]);
    await expect(s.open(plan.id)).rejects.toThrow(/left untouched|not opened/);
    await expect(s.save(plan)).rejects.toThrow(/Save this plan as a copy/);
    // Buffer.equals, not toEqual: a deep compare of the 2 MB oversized file took ~11 s
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('delete moves to trash and restore brings it back; paths cannot escape the folder', async () => {
    const s = store();
    const plan = fixturePlan();
    await s.save(plan);
    await s.remove(plan.id);
    expect((await s.list()).plans).toHaveLength(0);
    expect((await stat(path.join(dir, 'trash', `${plan.id}.acuplan`))).isFile()).toBe(true);
    await s.restore(plan.id);
    expect((await s.open(plan.id)).id).toBe(plan.id);
    await expect(s.open('../../etc/passwd')).rejects.toThrow('not a valid plan id');
    await expect(s.save({ ...plan, id: '../outside-plan' })).rejects.toThrow('not valid');
  });

  it('imports a plan file (new id on collision) and exports one', async () => {
    const s = store();
    const first = await s.importFile(FIXTURE_FILE);
    const second = await s.importFile(FIXTURE_FILE);
    expect(first.id).toBe(fixturePlan().id);
    expect(second.id).not.toBe(first.id);
    await mkdir(path.join(dir, 'out'));
    const target = path.join(dir, 'out', 'shared.acuplan');
    await s.exportFile(first.id, target);
    expect(Plan.parse(JSON.parse(await readFile(target, 'utf8'))).points).toHaveLength(4);
    await writeFile(path.join(dir, 'bad.json'), '{');
    await expect(s.importFile(path.join(dir, 'bad.json'))).rejects.toThrow(/not a readable plan/);
  });
});
