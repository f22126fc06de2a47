// Headless PDF export of a plan file (npm run plan:pdf, bench, tests): the plan is stored in a scratch
// data folder by the real plan store and rendered through the browser host's print route, on the page the
// host opens anyway (a second page would cost a renderer start).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plan } from '../contract/plan';
import { createPlanStore } from '../services/plan-store';
import { startBrowserHost } from './browser-host';
import { printOnce } from './print-pdf';

export async function exportPlanPdf(plan: Plan, out: string, paper: 'A4' | 'Letter' = 'A4'): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pdf-'));
  try {
    // Chromium starts while the plan is stored.
    const [host] = await Promise.all([
      startBrowserHost({ dataDir }),
      createPlanStore({ dir: path.join(dataDir, 'plans') }).save(plan),
    ]);
    try {
      await writeFile(out, await printOnce(host.page, host.origin, plan.id, paper));
    } finally {
      await host.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
