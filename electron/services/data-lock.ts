// One writer per data folder: a `.lock` file created with O_EXCL, holding the owner's pid, start time,
// boot time and a random token. Two app copies on one folder lose updates (and a delete racing a save
// once left a plan both live and in trash), so a second copy is refused; a lock whose owner is gone is
// taken over. Electron-free: both hosts (Electron main, the browser host) use it.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE_NAME = '.lock';

interface LockRecord {
  pid: number;
  startedAt: string;
  bootedAt: number;
  token: string;
}

export interface DataLockDeps {
  pid?: number;
  /** true when a process with this pid exists; default: signal 0 */
  isAlive?: (pid: number) => boolean;
  /** when this machine booted, ms since the epoch; a lock from an earlier boot is stale whatever its pid */
  bootedAt?: () => number;
  now?: () => Date;
}

export interface DataLock {
  file: string;
  /** removes the lock if it is still ours; never throws */
  release(): Promise<void>;
  /** the same for exit handlers, where nothing async runs */
  releaseSync(): void;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly lockFile: string,
    holder?: { pid: number; startedAt: string },
  ) {
    super(
      `The data folder ${folder} is already in use by another copy of Acupoint Reference` +
        `${holder ? ` (process ${holder.pid}, started ${holder.startedAt})` : ''}. ` +
        `Close that copy and try again. If no other copy is running, delete ${lockFile}.`,
    );
    this.name = 'DataFolderLockedError';
  }
}

/** The data folder cannot hold the lock (nor plans, nor settings): said in plain words at start-up. */
export class DataFolderUnusableError extends Error {
  constructor(
    readonly folder: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const why =
      code === 'EROFS'
        ? 'it is on a read-only drive'
        : code === 'EACCES' || code === 'EPERM'
          ? 'this user has no permission to write there'
          : code === 'ENOSPC' || code === 'EDQUOT'
            ? 'the disk is full'
            : code === 'ENOTDIR' || code === 'EEXIST'
              ? 'a file stands where the folder should be'
              : `it could not be written${code ? ` (${code})` : ''}`;
    super(
      `Acupoint Reference cannot use the data folder ${folder}: ${why}. Plans and settings are kept there, so the app cannot start. Fix the folder, or start the app with ACUPOINT_USER_DATA set to a folder you can write to.`,
    );
    this.name = 'DataFolderUnusableError';
  }
}

/** Locks held by this process: a lock naming our own pid that is not in here was left by a dead process. */
const heldHere = new Set<string>();
/** Boot times from os.uptime() drift by a second or so between calls; a real reboot is far more. */
const BOOT_SLACK_MS = 60_000;
/** A lock file still being written by its creator reads empty; only an old unreadable one is abandoned. */
const UNREADABLE_GRACE_MS = 10_000;
const MAX_ATTEMPTS = 5;

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseRecord(text: string): LockRecord | undefined {
  try {
    const raw = JSON.parse(text) as Partial<LockRecord>;
    if (
      Number.isInteger(raw.pid) &&
      typeof raw.startedAt === 'string' &&
      typeof raw.token === 'string' &&
      typeof raw.bootedAt === 'number'
    )
      return raw as LockRecord;
  } catch {
    // unreadable: judged by age below
  }
  return undefined;
}

export async function acquireDataLock(folder: string, deps: DataLockDeps = {}): Promise<DataLock> {
  const dir = path.resolve(folder);
  const file = path.join(dir, LOCK_FILE_NAME);
  const pid = deps.pid ?? process.pid;
  const isAlive = deps.isAlive ?? pidIsAlive;
  const bootedAt = deps.bootedAt ?? (() => Date.now() - os.uptime() * 1000);
  const now = deps.now ?? (() => new Date());
  const record: LockRecord = {
    pid,
    startedAt: now().toISOString(),
    bootedAt: bootedAt(),
    token: randomBytes(8).toString('hex'),
  };
  await fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new DataFolderUnusableError(dir, error);
  });

  const isStale = async (text: string): Promise<boolean> => {
    const held = parseRecord(text);
    if (!held) {
      const stat = await fs.stat(file).catch(() => undefined);
      return !stat || now().getTime() - stat.mtimeMs > UNREADABLE_GRACE_MS;
    }
    if (Math.abs(held.bootedAt - record.bootedAt) > BOOT_SLACK_MS) return true;
    if (held.pid === process.pid) return !heldHere.has(file);
    return !isAlive(held.pid);
  };

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      const handle = await fs.open(file, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(record)}\n`);
      } catch (error) {
        // A half-written lock (disk full) would keep the folder shut for the grace period: take it back.
        await handle.close().catch(() => undefined);
        await fs.rm(file, { force: true });
        throw error;
      }
      await handle.close();
      heldHere.add(file);
      return ownLock(file, record.token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new DataFolderUnusableError(dir, error);
    }
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released meanwhile: try again
    if (!(await isStale(text))) {
      throw new DataFolderLockedError(dir, file, parseRecord(text));
    }
    await takeOver(file, text);
  }
  throw new DataFolderLockedError(dir, file);
}

/**
 * Removes a stale lock without removing a fresh one: another starter may have taken the stale lock over and
 * written its own between our read and now, so the file is moved away first (atomic) and put back unless
 * it is exactly the stale lock we judged.
 */
async function takeOver(file: string, staleText: string): Promise<void> {
  const aside = `${file}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fs.rename(file, aside);
  } catch {
    return; // gone already: the next attempt creates it
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => undefined);
  if (moved === staleText) await fs.rm(aside, { force: true });
  else await fs.rename(aside, file);
}

function ownLock(file: string, token: string): DataLock {
  // Only our own lock is removed: if another copy judged ours stale and took it over, theirs stays.
  const ours = (text: string | undefined): boolean => text !== undefined && parseRecord(text)?.token === token;
  return {
    file,
    release: async () => {
      heldHere.delete(file);
      if (ours(await fs.readFile(file, 'utf8').catch(() => undefined)))
        await fs.rm(file, { force: true }).catch(() => undefined);
    },
    releaseSync: () => {
      heldHere.delete(file);
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return;
      }
      try {
        if (ours(text)) rmSync(file, { force: true });
      } catch {
        // left behind: the next start sees our pid gone and takes it over
      }
    },
  };
}
