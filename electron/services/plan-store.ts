// The plans folder: one <id>.acuplan file per plan, the previous version kept as <id>.acuplan.bak,
// deleted plans moved to trash/ (restorable). Writes are atomic and serialized; a file the store cannot
// read is reported and never overwritten. Electron-free: the folder and clock are injected.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MAX_PLAN_BYTES, Plan, PLAN_EXTENSION, type PlanProblem, type PlanSummary } from '../contract/plan';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-file';
import { UserFacingError } from './handler-gate';
import { readPlanBytes, serializePlan, tooLargeProblem, type PlanRead } from './plan-file';

export interface PlanStoreDeps {
  dir: string;
  now?: () => Date;
  newId?: () => string;
  /** fault injection for tests */
  atomic?: AtomicWriteOptions;
}

export interface PlanList { plans: PlanSummary[]; problems: PlanProblem[] }

const ID = /^[a-z0-9-]{8,64}$/;

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

  async function readFile(file: string): Promise<PlanRead | undefined> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return undefined;
    }
    const name = path.basename(file);
    // Checked before reading: an oversized file is never loaded into memory.
    if (stat.size > MAX_PLAN_BYTES) return { ok: false, problem: tooLargeProblem(name, stat.size) };
    try {
      return readPlanBytes(await fs.readFile(file), name);
    } catch {
      return { ok: false, problem: { file: name, code: 'unreadable', message: `${name} could not be read from disk.` } };
    }
  }

  async function open(id: string): Promise<Plan> {
    const read = await readFile(fileOf(id));
    if (!read) throw new UserFacingError('That plan no longer exists.');
    if (!read.ok) throw new UserFacingError(read.problem.message);
    return read.plan;
  }

  async function list(query = ''): Promise<PlanList> {
    await fs.mkdir(deps.dir, { recursive: true });
    const names = (await fs.readdir(deps.dir)).filter((n) => n.endsWith(PLAN_EXTENSION)).sort();
    const plans: PlanSummary[] = [];
    const problems: PlanProblem[] = [];
    for (const name of names) {
      const read = await readFile(path.join(deps.dir, name));
      if (!read) continue;
      if (!read.ok) problems.push(read.problem);
      else plans.push(summarise(read.plan));
    }
    const q = query.trim().toLowerCase();
    const matching = q ? plans.filter((p) => [p.patient, p.condition, p.date].some((t) => t.toLowerCase().includes(q))) : plans;
    return { plans: matching.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), problems };
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
      await fs.mkdir(deps.dir, { recursive: true });
      if (existing) await writeFileAtomic(`${file}.bak`, serializePlan(existing.plan));
      await writeFileAtomic(file, serializePlan(plan), deps.atomic);
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

export function summarise(plan: Plan): PlanSummary {
  return {
    id: plan.id, patient: plan.patient.name, date: plan.date, condition: plan.condition.text,
    pointCount: plan.points.length, updatedAt: plan.updatedAt,
  };
}
