// Renders a stored plan's print route to PDF bytes in the browser host's Chromium (page.pdf).
import type { BrowserContext } from 'playwright-core';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, MARGINS_MM, printPath } from '../services/print-options';

const mm = (n: number): string => `${n}mm`;

export async function renderPrintPdf(context: BrowserContext, origin: string, planId: string, paper: 'A4' | 'Letter'): Promise<Uint8Array> {
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(`${origin}/`)) foreign.push(r.url()); });
  try {
    await page.goto(`${origin}${printPath(planId, paper)}`);
    await page.waitForFunction(() => document.body.dataset.printReady !== undefined, undefined, { timeout: 30_000 });
    if ((await page.evaluate(() => document.body.dataset.printReady)) !== 'ready') {
      throw new Error(`The print view could not render the plan: ${await page.locator('[role=alert]').textContent()}`);
    }
    if (foreign.length > 0) throw new Error(`Export tried to reach the network: ${foreign.join(', ')}`);
    return await page.pdf({
      format: paper, printBackground: true, displayHeaderFooter: true, headerTemplate: HEADER_TEMPLATE, footerTemplate: FOOTER_TEMPLATE,
      margin: { top: mm(MARGINS_MM.top), bottom: mm(MARGINS_MM.bottom), left: mm(MARGINS_MM.left), right: mm(MARGINS_MM.right) },
    });
  } finally {
    await page.close();
  }
}
