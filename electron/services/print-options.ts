// PDF page furniture and the print-route protocol shared by Electron's printToPDF and Chromium's page.pdf,
// so both exports look alike and drive the print page the same way.
import type { PrintDocument } from '../contract/host-api';
import type { Paper } from '../contract/settings';

/** Footer on every page: the document's title — which the print view sets to the kind of document, the
 *  patient and the date — and page x of y. Chromium fills the title/pageNumber/totalPages spans itself
 *  (text, escaped), so no plan text is ever put into this HTML. */
export const FOOTER_TEMPLATE =
  '<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;color:#333;font-family:sans-serif">' +
  '<span class="title" style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:75%"></span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';
export const HEADER_TEMPLATE = '<span></span>';
/** Margins in millimetres (top, bottom, left, right). */
export const MARGINS_MM = { top: 14, bottom: 16, left: 12, right: 12 } as const;

export interface PrintChoice {
  document?: PrintDocument;
  /** handout only: the plan's home-care items (by position) to print; all when absent */
  homeCare?: readonly number[];
}

/** The renderer build's page; print routes live in its hash. */
export const PRINT_PAGE = '/index.html';

/**
 * A plan's print route. `job` (lowercase letters, digits, '-') comes back in the page's ready signal, so a
 * reused print page is never mistaken as ready with the previous export. Without a plan: the idle route,
 * which shows no plan and only warms the page.
 */
export function printHash(planId: string | undefined, paper: Paper, job?: string, choice: PrintChoice = {}): string {
  const query = [
    `paper=${paper.toLowerCase()}`,
    ...(choice.document && choice.document !== 'record' ? [`doc=${choice.document}`] : []),
    ...(choice.homeCare ? [`items=${choice.homeCare.filter((n) => Number.isInteger(n) && n >= 0).join(',')}`] : []),
    ...(job ? [`job=${job}`] : []),
  ].join('&');
  return planId === undefined ? `#/print?${query}` : `#/print/${encodeURIComponent(planId)}?${query}`;
}

/** The print route of a plan inside the renderer build. */
export const printPath = (planId: string, paper: Paper, job?: string, choice?: PrintChoice): string =>
  `${PRINT_PAGE}${printHash(planId, paper, job, choice)}`;

/**
 * Page-side script (source text for executeJavaScript / page.evaluate): resolves with the print view's
 * state ('ready', 'error' or 'idle') once <body> carries `job`'s ready signal, rejects after timeoutMs.
 * Event-driven (a MutationObserver), so no polling interval is added to an export.
 */
export function printReadyScript(job: string, timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
  const job = ${JSON.stringify(job)};
  let observer;
  const timer = setTimeout(() => { observer?.disconnect(); reject(new Error('The print view did not finish rendering.')); }, ${Math.round(timeoutMs)});
  const check = () => {
    const d = document.body.dataset;
    if (!d.printReady || d.printJob !== job) return false;
    observer?.disconnect();
    clearTimeout(timer);
    resolve(d.printReady);
    return true;
  };
  if (!check()) {
    observer = new MutationObserver(check);
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-print-ready', 'data-print-job'] });
  }
})`;
}

/** Sets the print page's hash (a same-document navigation) and waits for `job` as printReadyScript does. */
export const showRouteScript = (hash: string, job: string, timeoutMs: number): string =>
  `(() => { window.location.hash = ${JSON.stringify(hash)}; return ${printReadyScript(job, timeoutMs)}; })()`;
