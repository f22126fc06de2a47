// Renders a stored plan's print route to PDF bytes in the browser host's Chromium (page.pdf). The host's
// exports share one print page per browser context, kept warm between exports (see createWarmPrinter);
// a one-off export (plan:pdf) prints on a page it is given.
import type { BrowserContext, Page } from 'playwright-core';
import { createWarmPrinter, type Paper, type PrintSurfaceOps, type WarmPrinter } from '../services/pdf-service';
import type { PrintChoice } from '../services/print-options';
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  MARGINS_MM,
  PRINT_PAGE,
  printHash,
  printReadyScript,
  showRouteScript,
} from '../services/print-options';

const mm = (n: number): string => `${n}mm`;
const READY_TIMEOUT_MS = 30_000;

/** A page the print route runs in, with every request that left the app's origin since the last check. */
interface PrintPage {
  page: Page;
  foreign: string[];
}

function watch(page: Page, origin: string): PrintPage {
  const surface: PrintPage = { page, foreign: [] };
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) surface.foreign.push(r.url());
  });
  return surface;
}

/** Loads the renderer at `hash` on a fresh page, or switches a loaded one to it; then waits for `job`. */
async function show(s: PrintPage, origin: string, hash: string, job: string, timeoutMs: number): Promise<string> {
  s.foreign.length = 0;
  let state: string;
  if (s.page.url().startsWith(`${origin}/`)) {
    state = await s.page.evaluate(showRouteScript(hash, job, timeoutMs));
  } else {
    await s.page.goto(`${origin}${PRINT_PAGE}${hash}`);
    state = await s.page.evaluate(printReadyScript(job, timeoutMs));
  }
  if (state === 'error')
    throw new Error(`The print view could not render the plan: ${await s.page.locator('[role=alert]').textContent()}`);
  if (s.foreign.length > 0) throw new Error(`Export tried to reach the network: ${s.foreign.join(', ')}`);
  return state;
}

// tagged: a structure tree for screen readers; outline: the headings as PDF bookmarks.
const pdf = (page: Page, paper: Paper): Promise<Uint8Array> =>
  page.pdf({
    format: paper,
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: FOOTER_TEMPLATE,
    margin: {
      top: mm(MARGINS_MM.top),
      bottom: mm(MARGINS_MM.bottom),
      left: mm(MARGINS_MM.left),
      right: mm(MARGINS_MM.right),
    },
  });

export function pagePrintOps(context: BrowserContext, origin: string): PrintSurfaceOps<PrintPage> {
  return {
    open: async () => watch(await context.newPage(), origin),
    show: (s, hash, job, timeoutMs) => show(s, origin, hash, job, timeoutMs),
    print: (s, paper) => pdf(s.page, paper),
    close: (s) => s.page.close(),
    alive: (s) => !s.page.isClosed(),
  };
}

const printers = new WeakMap<BrowserContext, WarmPrinter>();

function printerFor(context: BrowserContext, origin: string): WarmPrinter {
  let printer = printers.get(context);
  if (!printer) {
    printer = createWarmPrinter(pagePrintOps(context, origin), { readyTimeoutMs: READY_TIMEOUT_MS });
    printers.set(context, printer);
  }
  return printer;
}

/** PDF bytes of a stored plan, printed on the context's kept print page (opened on first use). */
export function renderPrintPdf(
  context: BrowserContext,
  origin: string,
  planId: string,
  paper: Paper,
  choice?: PrintChoice,
): Promise<Uint8Array> {
  return printerFor(context, origin).render(planId, paper, choice);
}

/** Opens the context's print page ahead of the first export (knowledge base, body and renderer loaded). */
export function prewarmPrintPdf(context: BrowserContext, origin: string): Promise<void> {
  return printerFor(context, origin).prewarm();
}

/** One export on a page nobody else uses (plan:pdf's fresh browser): straight to the plan's route. */
export async function printOnce(
  page: Page,
  origin: string,
  planId: string,
  paper: Paper,
  choice?: PrintChoice,
): Promise<Uint8Array> {
  const s = watch(page, origin);
  const job = 'once';
  if ((await show(s, origin, printHash(planId, paper, job, choice), job, READY_TIMEOUT_MS)) !== 'ready') {
    throw new Error('The print view could not render the plan.');
  }
  return pdf(page, paper);
}
