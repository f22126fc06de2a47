// PDF export figures for `npm run bench` (`npx tsx tests/bench/pdf-bench.ts` runs them alone): the
// example plan and the 12-point plan, exported the way plan:pdf does (a Chromium start per export)
// and the way the running app does (browser host already up: the first export opens the print page, later
// ones reuse it). Never asserted; tests/bench/pdf-profile.ts breaks one export down into phases.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Plan } from '../../electron/contract/plan';
import { startBrowserHost } from '../../electron/browser-host/browser-host';
import { exportPlanPdf } from '../../electron/browser-host/pdf-export';
import { prewarmPrintPdf, renderPrintPdf } from '../../electron/browser-host/print-pdf';
import { descendantPssMb } from './process-memory';
import { createPlanStore } from '../../electron/services/plan-store';

export type Emit = (name: string, figures: Record<string, number | string>) => void;

/** Image rows of `pdfimages -list` (two header lines); NaN when poppler is not installed. */
export function imageCount(pdf: string): number {
  try {
    return execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim()).length;
  } catch {
    return NaN;
  }
}

/** Exports once more outside the timed runs and counts the body views in the result. */
export async function bodyViewCount(plan: Plan): Promise<number> {
  const out = path.join(os.tmpdir(), `acupoint-bench-views-${process.pid}.pdf`);
  await exportPlanPdf(plan, out);
  const n = imageCount(out);
  rmSync(out, { force: true });
  return n;
}

/** The documented example plan, and the 12-point bench plan (the example plus 8 common points). */
export function benchPlans(): { plan: Plan; big: Plan } {
  const plan = Plan.parse(JSON.parse(readFileSync('tests/fixtures/plan-sciatica.acuplan', 'utf8')));
  const extra = ['ST36', 'LI4', 'BL23', 'KI3', 'GB31', 'BL37', 'BL57', 'BL60'];
  const big = Plan.parse({
    ...plan,
    points: [
      ...plan.points,
      ...extra.map((code, i) => ({ uid: `b${i}`, code, side: 'bilateral', technique: {}, note: '' })),
    ],
  });
  return { plan, big };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const figures = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { runs: s.length, p50: median(s), min: s[0] ?? NaN, max: s.at(-1) ?? NaN };
};

async function timeColdExports(plan: Plan, dir: string, runs: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await exportPlanPdf(plan, path.join(dir, `cold-${plan.points.length}-${i}.pdf`));
    ms.push(performance.now() - t);
  }
  return ms;
}

/** Per app start: the first export (opens the print page) and `repeats` exports on the kept page. */
async function timeInAppExports(
  plan: Plan,
  dir: string,
  starts: number,
  repeats: number,
): Promise<{ first: number[]; repeat: number[] }> {
  const appDir = path.join(dir, 'app');
  await createPlanStore({ dir: path.join(appDir, 'plans') }).save(plan);
  const first: number[] = [];
  const repeat: number[] = [];
  for (let s = 0; s < starts; s++) {
    const host = await startBrowserHost({ dataDir: appDir });
    try {
      for (let i = 0; i <= repeats; i++) {
        const t = performance.now();
        await renderPrintPdf(host.context, host.origin, plan.id, 'A4');
        (i === 0 ? first : repeat).push(performance.now() - t);
      }
    } finally {
      await host.close();
    }
  }
  return { first, repeat };
}

/** As the app does after a few quiet seconds: the print page opened before the first export. Returns the
 *  first export's time per start, and what the kept page costs in memory (Chromium's PSS before/after). */
async function timePrewarmedFirstExports(
  plan: Plan,
  dir: string,
  starts: number,
): Promise<{ first: number[]; extraMb: number[] }> {
  const appDir = path.join(dir, 'app-prewarmed');
  await createPlanStore({ dir: path.join(appDir, 'plans') }).save(plan);
  const first: number[] = [];
  const extraMb: number[] = [];
  for (let s = 0; s < starts; s++) {
    const host = await startBrowserHost({ dataDir: appDir });
    try {
      await host.page.goto(`${host.origin}/index.html`);
      await host.page.locator('.plan[data-ready="true"]').waitFor();
      const before = descendantPssMb();
      await prewarmPrintPdf(host.context, host.origin);
      extraMb.push(descendantPssMb() - before);
      const t = performance.now();
      await renderPrintPdf(host.context, host.origin, plan.id, 'A4');
      first.push(performance.now() - t);
    } finally {
      await host.close();
    }
  }
  return { first, extraMb };
}

export async function runPdfBench(emit: Emit): Promise<void> {
  const { plan, big } = benchPlans();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-bench-pdf-'));
  try {
    // plan:pdf: Chromium start + print route + page.pdf + Chromium close, end to end.
    emit('plan-pdf-export', {
      unit: 'ms',
      points: plan.points.length,
      bodyViews: await bodyViewCount(plan),
      ...figures(await timeColdExports(plan, dir, 3)),
    });
    const views = await bodyViewCount(big);
    emit('plan-pdf-export-12-points', {
      unit: 'ms',
      points: big.points.length,
      bodyViews: views,
      targetMs: 1500,
      startsBrowser: 'yes',
      ...figures(await timeColdExports(big, dir, 5)),
    });
    // The export as the clinician meets it: the app (here the browser host) is already running.
    const inApp = await timeInAppExports(big, dir, 3, 4);
    emit('plan-pdf-export-12-points-in-app-first', {
      unit: 'ms',
      points: big.points.length,
      bodyViews: views,
      targetMs: 1500,
      startsBrowser: 'no',
      printPage: 'opened',
      ...figures(inApp.first),
    });
    emit('plan-pdf-export-12-points-in-app', {
      unit: 'ms',
      points: big.points.length,
      bodyViews: views,
      targetMs: 1500,
      startsBrowser: 'no',
      printPage: 'kept',
      ...figures(inApp.repeat),
    });
    // The first export in the app as shipped: the print page was opened when the app fell quiet.
    const warm = await timePrewarmedFirstExports(big, dir, 3);
    emit('plan-pdf-export-12-points-in-app-first-prewarmed', {
      unit: 'ms',
      points: big.points.length,
      bodyViews: views,
      targetMs: 1500,
      printPage: 'opened when idle',
      ...figures(warm.first),
    });
    emit('plan-pdf-print-page-memory', {
      unit: 'MB',
      what: 'Chromium PSS added by the kept print page',
      ...figures(warm.extraMb),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runPdfBench((name, f) =>
    console.log(
      JSON.stringify({
        bench: name,
        ...Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(1)) : v])),
      }),
    ),
  );
}
