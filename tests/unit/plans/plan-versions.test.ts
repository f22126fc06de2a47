// Issue 15: a plan is found by the id inside its file. Copies and sync-conflict copies are versions of the
// plan — listed once, openable, deletable, and settled by keep-one or keep-all — and nothing is lost.
import { copyFile, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Plan } from '../../../electron/contract/plan';
import { serializePlan } from '../../../electron/services/plan-file';
import { createPlanStore } from '../../../electron/services/plan-store';
import { describeVersionFile, groupVersions } from '../../../electron/services/plan-versions';
import { fixturePlan, sequentialIds, tempDir } from './plan-test-kit';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => cleanup());

const store = () => createPlanStore({ dir, newId: sequentialIds, now: () => new Date('2026-11-23T10:00:00Z') });
const own = (id: string) => path.join(dir, `${id}.acuplan`);
const readPlan = async (file: string) => Plan.parse(JSON.parse(await readFile(file, 'utf8')));

/** The stored plan plus a conflict copy of it with different notes and one point fewer. */
async function conflict(copyName: string): Promise<Plan> {
  const plan = fixturePlan();
  await store().save(plan);
  const other: Plan = {
    ...plan,
    notes: 'edited on the laptop',
    points: plan.points.slice(1),
    updatedAt: '2026-11-24T08:00:00.000Z',
  };
  await writeFile(path.join(dir, copyName), serializePlan(other));
  return plan;
}

describe('plans found by the id inside the file', () => {
  it('a copy under another name alone is listed, opened and deleted; a save settles it into the plan’s own file', async () => {
    const plan = fixturePlan();
    await store().save({ ...plan, notes: 'original' });
    await rename(own(plan.id), path.join(dir, 'Ann Example (1).acuplan'));
    const s = store();
    expect((await s.list()).plans.map((p) => [p.id, p.versions])).toEqual([[plan.id, undefined]]);
    expect((await s.open(plan.id)).notes).toBe('original');
    await s.save({ ...plan, notes: 'edited' });
    expect((await readdir(dir)).filter((n) => n.endsWith('.acuplan'))).toEqual([`${plan.id}.acuplan`]);
    expect((await readPlan(own(plan.id))).notes).toBe('edited');
    expect((await readPlan(`${own(plan.id)}.bak`)).notes).toBe('original'); // the copy's content is kept
    await rename(own(plan.id), path.join(dir, 'moved.acuplan'));
    await s.remove(plan.id);
    expect((await s.list()).plans).toEqual([]);
    expect(await readdir(path.join(dir, 'trash'))).toContain(`${plan.id}.acuplan`);
  });

  it('a Dropbox conflict copy makes one entry with two versions, described by where they came from', async () => {
    const plan = await conflict(`${plan0Id()} (Reception PC's conflicted copy 2026-11-24).acuplan`);
    const s = store();
    const { plans } = await s.list();
    expect(plans.map((p) => [p.id, p.versions])).toEqual([[plan.id, 2]]);
    const versions = await s.versions(plan.id);
    expect(versions.map((v) => v.origin)).toEqual([
      'the plan’s own file',
      'a Dropbox conflicted copy from Reception PC (2026-11-24)',
    ]);
    expect(versions[0]!.points).toEqual(plan.points.map((p) => p.code));
    expect(versions[1]!.points).toEqual(plan.points.slice(1).map((p) => p.code));
  });

  it('keep one: the chosen copy becomes the plan, the other version goes to the trash, not away', async () => {
    const copyName = `${plan0Id()}.sync-conflict-20261124-081500-ABCDEFG.acuplan`;
    const plan = await conflict(copyName);
    const s = store();
    await s.list();
    const result = await s.resolve(plan.id, copyName, 'keep-one');
    expect(result).toMatchObject({ kept: { id: plan.id, pointCount: plan.points.length - 1 }, copies: [] });
    expect((await s.list()).plans.map((p) => [p.id, p.versions])).toEqual([[plan.id, undefined]]);
    expect((await s.open(plan.id)).notes).toBe('edited on the laptop');
    expect((await readPlan(path.join(dir, 'trash', `${plan.id}.acuplan`))).notes).toBe(plan.notes);
    expect((await readdir(dir)).filter((n) => n.endsWith('.acuplan'))).toEqual([`${plan.id}.acuplan`]);
  });

  it('keep all: the other version becomes a separate plan with a new id and its own content', async () => {
    const plan = await conflict(`${plan0Id()}-LAPTOP.acuplan`);
    const s = store();
    const result = await s.resolve(plan.id, `${plan.id}.acuplan`, 'keep-all');
    expect(result.copies).toHaveLength(1);
    const copyId = result.copies[0]!.id;
    expect(copyId).not.toBe(plan.id);
    const listed = (await s.list()).plans;
    expect(listed.map((p) => p.id).sort()).toEqual([copyId, plan.id].sort());
    expect(listed.every((p) => p.versions === undefined)).toBe(true);
    expect((await s.open(copyId)).notes).toBe('edited on the laptop');
    expect((await s.open(plan.id)).notes).toBe(plan.notes);
  });

  it('resolve accepts only a file that holds the plan', async () => {
    const plan = await conflict(`${plan0Id()} (1).acuplan`);
    const other = { ...fixturePlan(), id: 'other-plan-0001' };
    await store().save(other);
    const s = store();
    for (const keep of ['../outside.acuplan', 'other-plan-0001.acuplan', 'missing.acuplan', '.index.json']) {
      await expect(s.resolve(plan.id, keep, 'keep-one')).rejects.toThrow('no longer in the plans folder');
    }
    expect((await s.list()).plans.find((p) => p.id === plan.id)?.versions).toBe(2);
  });

  it('deleting a plan twice keeps both deleted versions in the trash', async () => {
    const plan = fixturePlan();
    const s = store();
    await s.save({ ...plan, notes: 'first' });
    await s.remove(plan.id);
    await s.save({ ...plan, notes: 'second' });
    await s.remove(plan.id);
    const trash = (await readdir(path.join(dir, 'trash'))).filter((n) => n.endsWith('.acuplan')).sort();
    expect(trash).toHaveLength(2);
    const notes = await Promise.all(trash.map(async (n) => (await readPlan(path.join(dir, 'trash', n))).notes));
    expect(notes.sort()).toEqual(['first', 'second']);
  });

  it('a plain copy of a plan file (as a file manager makes) is a second version, not a second plan', async () => {
    const plan = fixturePlan();
    await store().save(plan);
    await copyFile(own(plan.id), path.join(dir, `${plan.id} - Copy.acuplan`));
    const { plans } = await store().list();
    expect(plans).toHaveLength(1);
    expect(plans[0]!.versions).toBe(2);
  });
});

describe('describing and ordering versions', () => {
  const id = 'abcd-1234';
  it('names each sync tool’s copies in plain words', () => {
    expect(describeVersionFile(`${id}.acuplan`, id)).toBe('the plan’s own file');
    expect(describeVersionFile(`${id} (Mo's conflicted copy).acuplan`, id)).toBe('a Dropbox conflicted copy from Mo');
    expect(describeVersionFile(`${id}.sync-conflict-20260102-030405-XYZ1234.acuplan`, id)).toBe(
      'a Syncthing conflict copy from device XYZ1234 (2026-01-02 03:04)',
    );
    expect(describeVersionFile(`${id}-DESKTOP-7.acuplan`, id)).toContain('“DESKTOP-7”');
    expect(describeVersionFile(`${id} (2).acuplan`, id)).toBe('a copy of the plan’s file');
    expect(describeVersionFile('Ann.acuplan', id)).toBe('a copy named “Ann.acuplan”');
  });

  it('puts the plan’s own file first, then the newest copy', () => {
    const summary = (updatedAt: string) => ({
      id,
      patient: '',
      date: '2026-01-01',
      condition: '',
      pointCount: 0,
      updatedAt,
    });
    const groups = groupVersions([
      { name: 'old copy.acuplan', summary: summary('2026-01-01T00:00:00Z') },
      { name: 'new copy.acuplan', summary: summary('2026-03-01T00:00:00Z') },
      { name: `${id}.acuplan`, summary: summary('2026-02-01T00:00:00Z') },
    ]);
    expect(groups.get(id)!.map((e) => e.name)).toEqual([`${id}.acuplan`, 'new copy.acuplan', 'old copy.acuplan']);
  });
});

function plan0Id(): string {
  return fixturePlan().id;
}
