// The plans folder: one <id>.acuplan file per plan, the previous version kept as <id>.acuplan.bak,
// deleted plans moved to trash/ (restorable). A plan is found by the id inside its file: a copy under
// another name is a version of the plan (plan-versions.ts), and a save settles it back into <id>.acuplan. Writes are atomic and serialized; a file the store cannot
// read is reported and never overwritten. list() answers from a summary index (plan-index.ts) and reads
// only files that changed. Electron-free: the folder and clock are injected.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  MAX_PLAN_BYTES,
  Plan,
  PLAN_EXTENSION,
  type PlanProblem,
  type PlanSummary,
  type PlanVersion,
} from '../contract/plan';
import { writeFailureMessage } from './write-failure';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-file';
import { UserFacingError } from './errors';
import { serializePlan } from './plan-file';
import { readPlanFile } from './plan-file-read';
import { createPlanIndex, summarise } from './plan-index';
import { describeVersionFile, groupVersions, ownFileName, type NamedSummary } from './plan-versions';

export interface PlanStoreDeps {
  dir: string;
  now?: () => Date;
  newId?: () => string;
  /** fault injection for tests */
  atomic?: AtomicWriteOptions;
  /** the safe reader; tests count its calls to see what the index spares */
  readPlanFile?: typeof readPlanFile;
}

export interface PlanList {
  plans: PlanSummary[];
  problems: PlanProblem[];
}

const ID = /^[a-z0-9-]{8,64}$/;
/** the temp files writeFileAtomic makes: .<name>.<12 hex>.tmp */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;
const STALE_TEMP_MS = 60_000;

export function createPlanStore(deps: PlanStoreDeps) {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const newId = deps.newId ?? (() => randomUUID());
  const trash = path.join(deps.dir, 'trash');
  const fileOf = (id: string, dir = deps.dir): string => {
    if (!ID.test(id)) throw new UserFacingError('That is not a valid plan id.');
    return path.join(dir, `${id}${PLAN_EXTENSION}`);
  };
  // One queue for every write: saves, deletes and restores never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const readFile = deps.readPlanFile ?? readPlanFile;
  const index = createPlanIndex(deps.dir, readFile);

  /** The files holding this id, primary first; none when the plan is new. Its own file answers at once;
   *  only a plan without one (a renamed copy) costs a scan, which the index makes cheap. */
  async function versionsOf(id: string): Promise<NamedSummary[]> {
    fileOf(id); // validates the id
    return groupVersions((await index.scan()).plans).get(id) ?? [];
  }
  /** The primary file of this id: its own file, or the copy that holds it. */
  async function locate(id: string): Promise<string> {
    const own = fileOf(id);
    const info = await fs.lstat(own).catch(() => undefined);
    if (info) return own;
    // A folder that cannot be listed (not created yet, replaced by a file) has no copies: the write says why.
    const [primary] = await versionsOf(id).catch(() => []);
    return primary ? path.join(deps.dir, primary.name) : own;
  }

  async function open(id: string): Promise<Plan> {
    const read = await readFile(await locate(id));
    if (!read) throw new UserFacingError('That plan no longer exists.');
    if (!read.ok) throw new UserFacingError(read.problem.message);
    return read.plan;
  }

  /** Temp files of writes that a crash interrupted (they hold patient data): removed once they are old
   *  enough that no live write can own them. */
  let swept = false;
  async function sweepTemp(): Promise<void> {
    swept = true;
    const cutoff = Date.parse(now()) - STALE_TEMP_MS;
    for (const name of await fs.readdir(deps.dir).catch(() => [] as string[])) {
      if (!TEMP_FILE.test(name)) continue;
      const file = path.join(deps.dir, name);
      const info = await fs.lstat(file).catch(() => undefined);
      if (info?.isFile() && info.mtimeMs < cutoff) await fs.rm(file, { force: true });
    }
  }

  async function list(query = ''): Promise<PlanList> {
    await fs.mkdir(deps.dir, { recursive: true });
    if (!swept) await sweepTemp();
    const scan = await index.scan();
    // One entry per plan id: the primary version's summary, with the number of versions when a copy exists.
    const plans = [...groupVersions(scan.plans).values()].map(([primary, ...others]) =>
      others.length ? { ...primary!.summary, versions: others.length + 1 } : primary!.summary,
    );
    const problems = scan.problems;
    const q = query.trim().toLowerCase();
    const matching = plans.filter(
      (p) => !q || [p.patient, p.condition, p.date].some((t) => t.toLowerCase().includes(q)),
    );
    return { plans: matching.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), problems: [...problems] };
  }

  function save(input: unknown): Promise<Plan> {
    const parsed = Plan.safeParse(input);
    if (!parsed.success) return Promise.reject(new UserFacingError('The plan is not valid and was not saved.'));
    return serialized(async () => {
      const file = fileOf(parsed.data.id);
      // A plan opened from a copy under another name is saved into its own file; the copy's content
      // becomes the .bak, so nothing is lost, and the copy goes.
      const source = await locate(parsed.data.id);
      const existing = await readFile(source);
      if (existing && !existing.ok) {
        throw new UserFacingError(`${existing.problem.message} Save this plan as a copy instead.`);
      }
      const plan: Plan = { ...parsed.data, updatedAt: now() };
      // Never store what the reader would refuse: the same serializer and the same limit on both sides.
      const text = serializePlan(plan);
      const bytes = Buffer.byteLength(text);
      if (bytes > MAX_PLAN_BYTES) {
        throw new UserFacingError(
          `This plan is too large to save (${(bytes / 1024 / 1024).toFixed(1)} MB; a plan file is at most ${MAX_PLAN_BYTES / 1024 / 1024} MB). Shorten the notes or acknowledgements; the last saved version is kept.`,
        );
      }
      try {
        await fs.mkdir(deps.dir, { recursive: true });
        if (existing) await writeFileAtomic(`${file}.bak`, serializePlan(existing.plan));
        await writeFileAtomic(file, text, deps.atomic);
      } catch (error) {
        throw new UserFacingError(writeFailureMessage(error, deps.dir));
      }
      await index.saved(path.basename(file), plan);
      if (source !== file) {
        await fs.rm(source, { force: true });
        index.forget(path.basename(source));
      }
      return plan;
    });
  }

  async function duplicate(id: string): Promise<Plan> {
    const source = await open(id);
    const stamp = now();
    return save({ ...source, id: newId(), createdAt: stamp, updatedAt: stamp });
  }

  /** Moves one file of the plans folder (and its .bak) into trash/, under a name no earlier deletion
   *  holds: deleting never overwrites what the trash already keeps. */
  async function toTrash(name: string, id: string): Promise<void> {
    await fs.mkdir(trash, { recursive: true });
    let target = fileOf(id, trash);
    for (
      let n = 2;
      await fs.lstat(target).then(
        () => true,
        () => false,
      );
      n++
    ) {
      target = path.join(trash, `${id}.${n}${PLAN_EXTENSION}`);
    }
    await fs.rename(path.join(deps.dir, name), target);
    index.forget(name);
    await fs.rename(path.join(deps.dir, `${name}.bak`), `${target}.bak`).catch(() => undefined);
  }

  function remove(id: string): Promise<void> {
    return serialized(async () => {
      const file = await locate(id);
      try {
        await toTrash(path.basename(file), id);
      } catch {
        throw new UserFacingError('That plan no longer exists.');
      }
    });
  }

  /** The files that hold this plan, to choose between (issue 15: copies and sync conflicts). */
  async function versions(id: string): Promise<PlanVersion[]> {
    const out: PlanVersion[] = [];
    for (const { name } of await versionsOf(id)) {
      const read = await readFile(path.join(deps.dir, name));
      if (!read?.ok) continue; // changed since the scan into something unreadable: the list reports it
      out.push({
        file: name,
        origin: describeVersionFile(name, id),
        summary: summarise(read.plan),
        points: read.plan.points.map((p) => p.code),
      });
    }
    if (out.length === 0) await open(id); // says why: gone, or which problem its file has
    return out;
  }

  /**
   * Settles a plan held by several files. keep-one: `keep` becomes the plan's own file and the other files
   * go to the trash folder. keep-all: every other version is stored as a separate plan with a new id (its
   * patient, points and notes unchanged) and `keep` stays the plan. Nothing is deleted outright.
   */
  function resolve(
    id: string,
    keep: string,
    mode: 'keep-one' | 'keep-all',
  ): Promise<{ kept: PlanSummary; copies: PlanSummary[] }> {
    return serialized(async () => {
      const names = (await versionsOf(id)).map((v) => v.name);
      if (!names.includes(keep))
        throw new UserFacingError('That version of the plan is no longer in the plans folder; open the list again.');
      const kept = await readFile(path.join(deps.dir, keep));
      if (!kept?.ok)
        throw new UserFacingError(
          kept ? kept.problem.message : 'That version of the plan is no longer in the plans folder.',
        );
      const copies: PlanSummary[] = [];
      try {
        for (const name of names.filter((n) => n !== keep)) {
          const other = mode === 'keep-all' ? await readFile(path.join(deps.dir, name)) : undefined;
          if (other?.ok) {
            const stamp = now();
            const copy: Plan = { ...other.plan, id: newId(), createdAt: stamp, updatedAt: stamp };
            const file = fileOf(copy.id);
            await writeFileAtomic(file, serializePlan(copy));
            await index.saved(path.basename(file), copy);
            copies.push(summarise(copy));
            await fs.rm(path.join(deps.dir, name), { force: true });
            index.forget(name);
          } else {
            await toTrash(name, id);
          }
        }
        const own = ownFileName(id);
        if (keep !== own) {
          await fs.rename(path.join(deps.dir, keep), fileOf(id));
          index.forget(keep);
          index.forget(own);
        }
      } catch (error) {
        throw new UserFacingError(writeFailureMessage(error, deps.dir));
      }
      return { kept: summarise(kept.plan), copies };
    });
  }

  function restore(id: string): Promise<void> {
    return serialized(async () => {
      const file = fileOf(id);
      if (await readFile(file)) throw new UserFacingError('A plan with this id already exists; it was not replaced.');
      try {
        await fs.rename(fileOf(id, trash), file);
      } catch {
        throw new UserFacingError('That plan is not in the trash.');
      }
      index.forget(path.basename(file));
      await fs.rename(`${fileOf(id, trash)}.bak`, `${file}.bak`).catch(() => undefined);
    });
  }

  async function importFile(source: string): Promise<Plan> {
    const read = await readFile(source);
    if (!read) throw new UserFacingError(`${path.basename(source)} could not be found.`);
    if (!read.ok) throw new UserFacingError(read.problem.message);
    const taken = await readFile(await locate(read.plan.id));
    return save(taken ? { ...read.plan, id: newId() } : read.plan);
  }

  /**
   * Opens a plan file from outside the store (double-click, command line). Opening the same file again
   * reopens the stored copy instead of piling up duplicates; a different plan with a taken id is stored
   * as a copy, as import does.
   */
  async function openFile(source: string): Promise<Plan> {
    const read = await readFile(source);
    if (!read) throw new UserFacingError(`${path.basename(source)} could not be found.`);
    if (!read.ok) throw new UserFacingError(read.problem.message);
    const stored = await readFile(await locate(read.plan.id));
    // Storing a plan stamps updatedAt, so the stored copy of this very file differs in that field only.
    const content = (plan: Plan): string => JSON.stringify({ ...plan, updatedAt: '' });
    if (stored?.ok && content(stored.plan) === content(read.plan)) return stored.plan;
    return importFile(source);
  }

  async function exportFile(id: string, target: string): Promise<void> {
    await writeFileAtomic(target, serializePlan(await open(id)));
  }

  return { list, open, save, duplicate, remove, restore, versions, resolve, importFile, openFile, exportFile };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
