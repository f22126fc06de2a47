import { spawnSync } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataLock,
  DataFolderLockedError,
  DataFolderUnusableError,
  LOCK_FILE_NAME,
} from '../../../electron/services/data-lock';
import { tempDir } from '../plans/plan-test-kit';

/** A pid that certainly belonged to a process and certainly has ended: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

const bootedAt = (): number => Date.now() - os.uptime() * 1000;

describe('data folder lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(async () => cleanup());
  const lockFile = () => path.join(dir, LOCK_FILE_NAME);

  it('writes a lock naming this process and removes it on release', async () => {
    const lock = await acquireDataLock(dir);
    expect(lock.file).toBe(lockFile());
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second holder while the first is alive, naming the folder', async () => {
    const first = await acquireDataLock(dir);
    const second = acquireDataLock(dir);
    await expect(second).rejects.toBeInstanceOf(DataFolderLockedError);
    await expect(second).rejects.toThrow(
      `The data folder ${dir} is already in use by another copy of Acupoint Reference (process ${process.pid}`,
    );
    await first.release();
    const again = await acquireDataLock(dir);
    await again.release();
  });

  it('refuses when another live process holds the folder', async () => {
    await writeFile(
      lockFile(),
      JSON.stringify({
        pid: process.ppid,
        startedAt: '2025-01-01T08:00:00.000Z',
        bootedAt: bootedAt(),
        token: 'other',
      }),
    );
    await expect(acquireDataLock(dir)).rejects.toThrow(`(process ${process.ppid}, started 2025-01-01T08:00:00.000Z)`);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ token: 'other' });
  });

  it('takes over a stale lock whose process has ended', async () => {
    await writeFile(
      lockFile(),
      JSON.stringify({ pid: deadPid(), startedAt: '2025-01-01T08:00:00.000Z', bootedAt: bootedAt(), token: 'dead' }),
    );
    const lock = await acquireDataLock(dir);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock left from before a reboot even if its pid is in use again', async () => {
    await writeFile(
      lockFile(),
      JSON.stringify({
        pid: process.ppid,
        startedAt: '2025-01-01T08:00:00.000Z',
        bootedAt: bootedAt() - 86_400_000,
        token: 'old',
      }),
    );
    const lock = await acquireDataLock(dir);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('treats an unreadable lock as held while it may still be being written, and as stale once old', async () => {
    await writeFile(lockFile(), '');
    await expect(acquireDataLock(dir)).rejects.toBeInstanceOf(DataFolderLockedError);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFile(), old, old);
    const lock = await acquireDataLock(dir);
    await lock.release();
  });

  it('release leaves a lock alone that is no longer ours', async () => {
    const lock = await acquireDataLock(dir);
    await writeFile(
      lockFile(),
      JSON.stringify({ pid: process.ppid, startedAt: 'x', bootedAt: bootedAt(), token: 'theirs' }),
    );
    await lock.release();
    lock.releaseSync();
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ token: 'theirs' });
  });

  it('releases synchronously for exit handlers', async () => {
    const lock = await acquireDataLock(dir);
    lock.releaseSync();
    expect(await readdir(dir)).toEqual([]);
  });

  it('creates a data folder that does not exist yet', async () => {
    const fresh = path.join(dir, 'new', 'data');
    const lock = await acquireDataLock(fresh);
    expect(await readdir(fresh)).toEqual([LOCK_FILE_NAME]);
    await lock.release();
  });

  it('a data folder that cannot be used is named with the reason in plain words, not an errno', async () => {
    const blocked = path.join(dir, 'data');
    await writeFile(blocked, 'a file, not a folder');
    const failure = await acquireDataLock(blocked).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DataFolderUnusableError);
    expect((failure as Error).message).toContain(
      `cannot use the data folder ${blocked}: a file stands where the folder should be`,
    );
    expect((failure as Error).message).toContain('ACUPOINT_USER_DATA');
    // the reasons a clinician meets, each in words
    expect(new DataFolderUnusableError('/d', Object.assign(new Error(), { code: 'EROFS' })).message).toContain(
      'it is on a read-only drive',
    );
    expect(new DataFolderUnusableError('/d', Object.assign(new Error(), { code: 'EACCES' })).message).toContain(
      'no permission to write there',
    );
  });

  it('lets exactly one of several simultaneous starters hold the folder', async () => {
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((n) => acquireDataLock(dir, { pid: process.pid + n, isAlive: () => true })),
    );
    const held = results.filter((r) => r.status === 'fulfilled');
    expect(held).toHaveLength(1);
    await (held[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireDataLock>>>).value.release();
  });
});
