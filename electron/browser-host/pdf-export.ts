// Headless PDF export of a plan file (npm run plan:pdf, bench, tests): the plan is stored in a scratch
// data folder by the real plan store and rendered through the browser host's print route, on the page the
// host opens anyway (a second page would cost a renderer start).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plan } from '../contract/plan';
import { SETTINGS_VERSION, type Paper, type Settings } from '../contract/settings';
import { createPlanStore } from '../services/plan-store';
import { startBrowserHost } from './browser-host';
import { printOnce } from './print-pdf';
import type { PrintChoice } from '../services/print-options';

/** `settings` (tests: a clinic header) are written to the scratch folder's settings.json first. */
export async function exportPlanPdf(
  plan: Plan,
  out: string,
  paper: Paper = 'A4',
  choice?: PrintChoice,
  settings?: Partial<Settings>,
): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pdf-'));
  try {
    if (settings)
      await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ version: SETTINGS_VERSION, ...settings }));
    // Chromium starts while the plan is stored.
    const [host] = await Promise.all([
      startBrowserHost({ dataDir }),
      createPlanStore({ dir: path.join(dataDir, 'plans') }).save(plan),
    ]);
    try {
      await writeFile(out, await printOnce(host.page, host.origin, plan.id, paper, choice));
    } finally {
      await host.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
