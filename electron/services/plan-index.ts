// What list() shows, kept current without reading every plan on every keystroke (issue 15): one readdir and
// one lstat per plan file, and only files whose size, mtime, ctime or inode changed are read again, through
// the store's safe reader. The summaries persist in plans/.index.json (see plan-index-file.ts).
import { lstatSync, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { PLAN_EXTENSION, type Plan, type PlanProblem, type PlanSummary } from '../contract/plan';
import { writeFileAtomic } from './atomic-file';
import type { readPlanFile } from './plan-file-read';
import type { NamedSummary } from './plan-versions';
import { INDEX_FILE, keyOf, readIndexFile, sameKey, serializeIndex, type IndexEntry } from './plan-index-file';

/** every plan file's summary, by file name (one id may have several files: plan-versions.ts) */
export interface PlanScan {
  plans: NamedSummary[];
  problems: PlanProblem[];
}

export function summarise(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    patient: plan.patient.name,
    date: plan.date,
    condition: plan.condition.text,
    pointCount: plan.points.length,
    updatedAt: plan.updatedAt,
  };
}

/** lstat of every name, in slices of synchronous calls with a yield between them. On the 2-core test VM
 *  10,000 promise-based lstats took ~200 ms against ~30 ms synchronous; a slice blocks for ~1–2 ms. */
async function lstatAll(dir: string, names: readonly string[]): Promise<(Stats | undefined)[]> {
  const out: (Stats | undefined)[] = [];
  for (const [i, name] of names.entries()) {
    if (i > 0 && i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      out.push(lstatSync(`${dir}${path.sep}${name}`, { throwIfNoEntry: false }));
    } catch {
      out.push(undefined); // the reader says what is wrong with it
    }
  }
  return out;
}

export function createPlanIndex(dir: string, read: typeof readPlanFile) {
  const indexFile = path.join(dir, INDEX_FILE);
  const memo = new Map<string, IndexEntry>();
  let loaded = false;
  /** the stored index lacks something worth keeping (a file that had to be read) or still holds a plan that
   *  is gone — it holds patient names, so a deleted plan's summary does not stay behind */
  let stale = false;
  /** bumped by every change the store makes: a scan that started earlier is not shared with a later list */
  let generation = 0;
  let inflight: { generation: number; scan: Promise<PlanScan> } | undefined;

  /** The index entry for a file that has not changed since it was read. Only a regular file is identified
   *  by its own lstat; a link, pipe or folder goes to the reader every time. */
  function unchanged(name: string, info: Stats | undefined): IndexEntry | undefined {
    const known = memo.get(name);
    return known && info?.isFile() && sameKey(known, info) ? known : undefined;
  }

  /** The plan or problem behind one name, read from its file. */
  async function readEntry(
    name: string,
    info: Stats | undefined,
  ): Promise<{ summary?: PlanSummary; problem?: PlanProblem } | undefined> {
    const result = await read(path.join(dir, name));
    if (!result || !info?.isFile() || (!result.ok && result.problem.code === 'unreadable')) {
      // gone, not a regular file, or a read error that may pass (permissions, I/O): not cached
      if (memo.delete(name)) stale = true;
      return result && (result.ok ? { summary: summarise(result.plan) } : { problem: result.problem });
    }
    // Keyed by the lstat taken before the read: if the file changed in between, the next scan reads it again.
    const entry: IndexEntry = result.ok
      ? { ...keyOf(info), summary: summarise(result.plan) }
      : { ...keyOf(info), problem: result.problem };
    memo.set(name, entry);
    stale = true;
    return entry;
  }

  async function runScan(): Promise<PlanScan> {
    if (!loaded) {
      loaded = true;
      // Entries the store recorded before this first load are newer than the stored ones.
      for (const [name, entry] of await readIndexFile(indexFile)) if (!memo.has(name)) memo.set(name, entry);
    }
    const names = (await fs.readdir(dir)).filter((n) => n.endsWith(PLAN_EXTENSION)).sort();
    const present = new Set(names);
    for (const name of memo.keys()) {
      if (!present.has(name)) {
        memo.delete(name);
        stale = true;
      }
    }
    const infos = await lstatAll(dir, names);
    const plans: NamedSummary[] = [];
    const problems: PlanProblem[] = [];
    for (const [i, name] of names.entries()) {
      // no await for an unchanged file: 10,000 of them are the common case
      const entry = unchanged(name, infos[i]) ?? (await readEntry(name, infos[i]));
      if (entry?.summary) plans.push({ name, summary: entry.summary });
      else if (entry?.problem) problems.push(entry.problem);
    }
    if (stale) {
      stale = false;
      // A cache: a failed write (read-only folder, a folder named .index.json) costs the next start some
      // reads, never the list. It is not retried until something else changes.
      await writeFileAtomic(indexFile, serializeIndex(memo)).catch(() => undefined);
    }
    return { plans, problems };
  }

  return {
    /** Every plan file's summary or problem, in file-name order. Lists arriving while a scan is running
     *  share it (keystrokes in the Open dialog), unless the store changed a plan since it started. */
    scan(): Promise<PlanScan> {
      if (inflight?.generation === generation) return inflight.scan;
      const current = { generation, scan: runScan() };
      inflight = current;
      void current.scan
        .finally(() => {
          if (inflight === current) inflight = undefined;
        })
        .catch(() => undefined);
      return current.scan;
    },
    /** The store wrote this plan to <dir>/<name>: record it without reading it back. Not persisted by
     *  itself — an autosave must not cost a rewrite of the whole index; the next start reads this one file. */
    async saved(name: string, plan: Plan): Promise<void> {
      generation++;
      const info = await fs.lstat(path.join(dir, name)).catch(() => undefined);
      if (info?.isFile()) memo.set(name, { ...keyOf(info), summary: summarise(plan) });
      else memo.delete(name);
    },
    /** The store moved this file away (delete) or into place (restore, read at the next scan). */
    forget(name: string): void {
      generation++;
      if (memo.delete(name)) stale = true;
    },
  };
}

export type PlanIndex = ReturnType<typeof createPlanIndex>;
