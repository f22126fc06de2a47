// Headless PDF export of a plan through the browser host: the plan is stored in a scratch data folder by
// the real plan store, the print route is opened in Chromium, and page.pdf() writes the file. The same
// route is what Electron prints with webContents.printToPDF.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plan } from '../contract/plan';
import { createPlanStore } from '../services/plan-store';
import { startBrowserHost } from './browser-host';

export type Paper = 'A4' | 'Letter';

/** Footer with page numbers; Chromium fills the pageNumber/totalPages spans. */
export const FOOTER_TEMPLATE =
  '<div style="font-size:8px;width:100%;text-align:center;color:#555;font-family:sans-serif">' +
  'Acupoint Reference · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

export async function exportPlanPdf(plan: Plan, out: string, paper: Paper = 'A4'): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pdf-'));
  try {
    await createPlanStore({ dir: path.join(dataDir, 'plans') }).save(plan);
    const host = await startBrowserHost({ dataDir });
    try {
      const { page } = host;
      await page.goto(`${host.origin}/index.html#/print/${plan.id}?paper=${paper.toLowerCase()}`);
      await page.waitForFunction(() => document.body.dataset.printReady !== undefined, undefined, { timeout: 30_000 });
      const outcome = await page.evaluate(() => document.body.dataset.printReady);
      if (outcome !== 'ready') throw new Error(`The print view could not render the plan: ${await page.locator('[role=alert]').textContent()}`);
      const foreign = host.requests.filter((u) => !u.startsWith(`${host.origin}/`));
      if (foreign.length > 0) throw new Error(`Export tried to reach the network: ${foreign.join(', ')}`);
      const pdf = await page.pdf({
        format: paper, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>',
        footerTemplate: FOOTER_TEMPLATE, margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
      await writeFile(out, pdf);
    } finally {
      await host.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
