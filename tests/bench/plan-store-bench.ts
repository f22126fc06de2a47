// Plan store speed (issue 15, "An index that scales"): list() cold (no index yet: every file read), restart
// (a fresh store with the index on disk: the first list after the app starts) and warm (the same store
// again, as on every keystroke of the Open dialog and after each autosave; target ≤ 50 ms at 10,000 plans), and one autosave
// at 100 and 10,000 plans — its cost must not grow with the folder. JSON lines.
// `runPlanStoreBench(emit)` is called by run-bench.ts; `tsx tests/bench/plan-store-bench.ts` runs it alone.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Plan } from '../../electron/contract/plan';
import { INDEX_FILE } from '../../electron/services/plan-index-file';
import { createPlanStore } from '../../electron/services/plan-store';
import { quantiles } from './search-bench';

type Emit = (name: string, figures: Record<string, number | string>) => void;

const FIXTURE = Plan.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/plan-sciatica.acuplan'), 'utf8')),
);
const PATIENTS = ['Ann Example', 'Bo Sample', 'Chen Test', 'Dana Fictional', 'Eli Placeholder'];

/** A folder of `count` distinct valid plans, written directly (not through the store: seconds, not minutes). */
function planFolder(root: string, count: number): string {
  const dir = path.join(root, `plans-${count}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    const id = `bench-${String(i).padStart(8, '0')}`;
    const minute = String(i % 60).padStart(2, '0');
    const plan: Plan = {
      ...FIXTURE,
      id,
      createdAt: '2026-01-01T08:00:00.000Z',
      updatedAt: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T09:${minute}:00.000Z`,
      patient: { ...FIXTURE.patient, name: `${PATIENTS[i % PATIENTS.length]} ${i}` },
    };
    writeFileSync(path.join(dir, `${id}.acuplan`), `${JSON.stringify(plan, null, 2)}\n`);
  }
  return dir;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return ms;
}

async function benchList(emit: Emit, dir: string, count: number, coldRuns: number): Promise<void> {
  const cold = await time(coldRuns, async () => {
    rmSync(path.join(dir, INDEX_FILE), { force: true });
    await createPlanStore({ dir }).list();
  });
  emit('plan-store-list-cold', { unit: 'ms', plans: count, runs: cold.length, ...quantiles(cold) });
  const restart = await time(5, () => createPlanStore({ dir }).list());
  emit('plan-store-list-restart', { unit: 'ms', plans: count, runs: restart.length, ...quantiles(restart) });
  const store = createPlanStore({ dir });
  await store.list();
  const warm = await time(10, () => store.list());
  emit('plan-store-list-warm', {
    unit: 'ms',
    plans: count,
    runs: warm.length,
    ...(count === 10_000 ? { targetMs: 50 } : {}),
    ...quantiles(warm),
  });
  const typed = [...'ann exa'].map((_, i) => 'ann exa'.slice(0, i + 1));
  const keys = await time(typed.length, async () => store.list(typed.shift()));
  emit('plan-store-list-keystroke', { unit: 'ms', plans: count, runs: keys.length, ...quantiles(keys) });
}

async function benchAutosave(dir: string, runs: number): Promise<number[]> {
  const store = createPlanStore({ dir });
  await store.list(); // the app has listed (Open Recent) before the clinician edits
  let plan = await store.open('bench-00000000');
  return time(runs, async () => {
    plan = await store.save({ ...plan, notes: `edit ${performance.now()}` });
  });
}

export async function runPlanStoreBench(emit: Emit): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'acupoint-plan-bench-'));
  try {
    const small = planFolder(root, 100);
    const medium = planFolder(root, 1000);
    const large = planFolder(root, 10_000);
    await benchList(emit, medium, 1000, 3);
    await benchList(emit, large, 10_000, 1);
    const saves: Record<number, ReturnType<typeof quantiles>> = {};
    for (const [count, dir] of [
      [100, small],
      [10_000, large],
    ] as const) {
      saves[count] = quantiles(await benchAutosave(dir, 30));
      emit('plan-store-autosave', { unit: 'ms', plans: count, runs: 30, ...saves[count] });
    }
    emit('plan-store-autosave-growth', {
      unit: 'x',
      plans: '10000 vs 100',
      p50: saves[10_000]!.p50 / saves[100]!.p50,
      mean: saves[10_000]!.mean / saves[100]!.mean,
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const standalone = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (standalone) {
  await runPlanStoreBench((name, figures) => {
    const rounded = Object.fromEntries(
      Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(4)) : v]),
    );
    console.log(JSON.stringify({ bench: name, ...rounded }));
  });
}
