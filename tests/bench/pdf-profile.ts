// `npx tsx tests/bench/pdf-profile.ts [runs] [cold|app]`: where a 12-point PDF export spends its time.
// cold: a fresh Chromium per export (as plan:pdf), phases host start / print / close plus the print route's
// performance marks (plan open, body loaded/prepared, per-view draws). app: one running host, exports
// through its kept print page, with the page's marks per export. ACUPOINT_RENDERER_DIR picks another build,
// ACUPOINT_EXTRA_ARGS adds Chromium flags (space-separated) in cold mode.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance as clock } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { startBrowserHost } from '../../electron/browser-host/browser-host';
import { printOnce, renderPrintPdf } from '../../electron/browser-host/print-pdf';
import { createPlanStore } from '../../electron/services/plan-store';
import { benchPlans } from './pdf-bench';

const runs = Number(process.argv[2] ?? 5);
const mode = process.argv[3] === 'app' ? 'app' : 'cold';
const rendererDir = process.env.ACUPOINT_RENDERER_DIR;
const { big } = benchPlans();
const dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pdf-profile-'));
await createPlanStore({ dir: path.join(dir, 'plans') }).save(big);
const r = (a: number, b: number): number => Math.round(b - a);

/** The print route's marks (ms since the page's time origin), oldest first; cleared for the next export. */
const marks = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const out = performance
      .getEntriesByType('mark')
      .map((m) => `${m.name.replace('print:', '')}@${Math.round(m.startTime)}`)
      .join(' ');
    performance.clearMarks();
    return out;
  });

try {
  if (mode === 'cold') {
    for (let i = 0; i < runs; i++) {
      const t0 = clock.now();
      const host = await startBrowserHost({
        dataDir: dir,
        rendererDir,
        args: process.env.ACUPOINT_EXTRA_ARGS?.split(' ').filter(Boolean),
      });
      const t1 = clock.now();
      await printOnce(host.page, host.origin, big.id, 'A4');
      const t2 = clock.now();
      const m = await marks(host.page);
      const t3 = clock.now();
      await host.close();
      console.log(
        JSON.stringify({
          run: i,
          total: r(t0, clock.now()) - r(t2, t3),
          host: r(t0, t1),
          print: r(t1, t2),
          close: r(t3, clock.now()),
          marks: m,
        }),
      );
    }
  } else {
    const host = await startBrowserHost({ dataDir: dir, rendererDir });
    try {
      for (let i = 0; i < runs; i++) {
        const t0 = clock.now();
        await renderPrintPdf(host.context, host.origin, big.id, 'A4');
        const t1 = clock.now();
        const page = host.context.pages().find((p) => p !== host.page);
        console.log(JSON.stringify({ run: i, total: r(t0, t1), marks: page ? await marks(page) : '' }));
      }
    } finally {
      await host.close();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
