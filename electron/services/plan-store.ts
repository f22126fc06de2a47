// The plans folder: one <id>.acuplan file per plan, the previous version kept as <id>.acuplan.bak,
// deleted plans moved to trash/ (restorable). Writes are atomic and serialized; a file the store cannot
// read is reported and never overwritten. list() answers from a summary index (plan-index.ts) and reads
// only files that changed. Electron-free: the folder and clock are injected.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MAX_PLAN_BYTES, Plan, PLAN_EXTENSION, type PlanProblem, type PlanSummary } from '../contract/plan';
import { writeFailureMessage } from './write-failure';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-file';
import { UserFacingError } from './handler-gate';
import { serializePlan } from './plan-file';
import { readPlanFile } from './plan-file-read';
import { createPlanIndex } from './plan-index';

export interface PlanStoreDeps {
  dir: string;
  now?: () => Date;
  newId?: () => string;
  /** fault injection for tests */
  atomic?: AtomicWriteOptions;
  /** the safe reader; tests count its calls to see what the index spares */
  readPlanFile?: typeof readPlanFile;
}

export interface PlanList { plans: PlanSummary[]; problems: PlanProblem[] }

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

  async function open(id: string): Promise<Plan> {
    const read = await readFile(fileOf(id));
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
    const { plans, problems } = await index.scan();
    // The scan's arrays may be shared with concurrent lists: filter and sort copies, in memory.
    const q = query.trim().toLowerCase();
    const matching = plans.filter((p) => !q || [p.patient, p.condition, p.date].some((t) => t.toLowerCase().includes(q)));
    return { plans: matching.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), problems: [...problems] };
  }

  function save(input: unknown): Promise<Plan> {
    const parsed = Plan.safeParse(input);
    if (!parsed.success) return Promise.reject(new UserFacingError('The plan is not valid and was not saved.'));
    return serialized(async () => {
      const file = fileOf(parsed.data.id);
      const existing = await readFile(file);
      if (existing && !existing.ok) {
        throw new UserFacingError(`${existing.problem.message} Save this plan as a copy instead.`);
      }
      const plan: Plan = { ...parsed.data, updatedAt: now() };
      // Never store what the reader would refuse: the same serializer and the same limit on both sides.
      const text = serializePlan(plan);
      const bytes = Buffer.byteLength(text);
      if (bytes > MAX_PLAN_BYTES) {
        throw new UserFacingError(`This plan is too large to save (${(bytes / 1024 / 1024).toFixed(1)} MB; a plan file is at most ${MAX_PLAN_BYTES / 1024 / 1024} MB). Shorten the notes or acknowledgements; the last saved version is kept.`);
      }
      try {
        await fs.mkdir(deps.dir, { recursive: true });
        if (existing) await writeFileAtomic(`${file}.bak`, serializePlan(existing.plan));
        await writeFileAtomic(file, text, deps.atomic);
      } catch (error) {
        throw new UserFacingError(writeFailureMessage(error, deps.dir));
      }
      await index.saved(path.basename(file), plan);
      return plan;
    });
  }

  async function duplicate(id: string): Promise<Plan> {
    const source = await open(id);
    const stamp = now();
    return save({ ...source, id: newId(), createdAt: stamp, updatedAt: stamp });
  }

  function remove(id: string): Promise<void> {
    return serialized(async () => {
      const file = fileOf(id);
      await fs.mkdir(trash, { recursive: true });
      try {
        await fs.rename(file, fileOf(id, trash));
      } catch {
        throw new UserFacingError('That plan no longer exists.');
      }
      index.forget(path.basename(file));
      await fs.rename(`${file}.bak`, `${fileOf(id, trash)}.bak`).catch(() => undefined);
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
    const taken = await readFile(fileOf(read.plan.id));
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
    const stored = await readFile(fileOf(read.plan.id));
    // Storing a plan stamps updatedAt, so the stored copy of this very file differs in that field only.
    const content = (plan: Plan): string => JSON.stringify({ ...plan, updatedAt: '' });
    if (stored?.ok && content(stored.plan) === content(read.plan)) return stored.plan;
    return importFile(source);
  }

  async function exportFile(id: string, target: string): Promise<void> {
    await writeFileAtomic(target, serializePlan(await open(id)));
  }

  return { list, open, save, duplicate, remove, restore, importFile, openFile, exportFile };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
