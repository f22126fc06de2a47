// The plan store against files and disks that misbehave (issue 15, first part): a plan too large to read
// back is never written, a failed write says why in plain words and keeps the last version, pipes,
// devices and folders named *.acuplan are refused without hanging, and crash leftovers are swept.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../../../electron/contract/plan';
import { createPlanStore } from '../../../electron/services/plan-store';
import { fixturePlan, tempDir } from './plan-test-kit';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());
const NOW = new Date('2026-11-23T10:00:00Z');
const store = (extra = {}) => createPlanStore({ dir, now: () => NOW, ...extra });

describe('save refuses what it could not read back', () => {
  it('a plan within the schema limits but over the file limit is refused before writing; the last version stays', async () => {
    const s = store();
    const plan = await s.save(fixturePlan());
    const huge = {
      ...plan,
      acknowledgements: Array.from({ length: 500 }, (_, i) => ({
        findingId: `f-${i}`,
        reason: '针'.repeat(2000),
        at: '2026-11-20T09:00:00.000Z',
      })),
    };
    await expect(s.save(huge)).rejects.toThrow(/too large to save.*last saved version is kept/);
    const file = path.join(dir, `${plan.id}.acuplan`);
    expect((await stat(file)).size).toBeLessThan(MAX_PLAN_BYTES);
    expect((await s.open(plan.id)).acknowledgements).toEqual(plan.acknowledgements);
    expect((await s.list()).problems).toEqual([]);
  });
});

describe('a failed write says why, and keeps the previous version', () => {
  it.each([
    ['ENOSPC', /the disk is full/],
    ['EROFS', /read-only drive/],
    ['EACCES', /no permission to write/],
  ])('%s → %s', async (code, message) => {
    const first = await store().save(fixturePlan());
    const failing = store({
      atomic: {
        beforeRename: () => {
          throw Object.assign(new Error(code), { code });
        },
      },
    });
    await expect(failing.save({ ...first, notes: 'newer' })).rejects.toThrow(message);
    expect((await store().open(first.id)).notes).toBe(first.notes);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('the plans folder replaced by a file is named as the cause', async () => {
    const plansDir = path.join(dir, 'plans');
    await writeFile(plansDir, 'not a folder');
    await expect(createPlanStore({ dir: plansDir }).save(fixturePlan())).rejects.toThrow(/is not a folder any more/);
  });
});

describe('only regular files are read', () => {
  it('a FIFO, a folder and a link to /dev/zero named *.acuplan are reported, not read, and never hang the list', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.acuplan')]);
    await mkdir(path.join(dir, 'folder.acuplan'));
    await symlink('/dev/zero', path.join(dir, 'zero.acuplan'));
    await store().save(fixturePlan());
    const listed = await store().list();
    expect(listed.plans).toHaveLength(1);
    expect(listed.problems.map((p) => p.file).sort()).toEqual(['folder.acuplan', 'pipe.acuplan', 'zero.acuplan']);
    for (const p of listed.problems) expect(p.message).toMatch(/not a regular file/);
    await expect(store().importFile(path.join(dir, 'pipe.acuplan'))).rejects.toThrow(/not a regular file/);
  });
});

describe('crash leftovers', () => {
  it('temp files of interrupted writes are swept when the store lists, once they are a minute old', async () => {
    const stale = path.join(dir, '.abc.acuplan.0123456789ab.tmp');
    const fresh = path.join(dir, '.def.acuplan.ba9876543210.tmp');
    await writeFile(stale, '{"patient":"data"}');
    await writeFile(fresh, '{"patient":"data"}');
    const old = new Date(NOW.getTime() - 5 * 60_000);
    await utimes(stale, old, old);
    const young = new Date(NOW.getTime() - 10_000);
    await utimes(fresh, young, young);
    await store().list();
    const left = await readdir(dir);
    expect(left).not.toContain(path.basename(stale));
    expect(left).toContain(path.basename(fresh));
  });
});
