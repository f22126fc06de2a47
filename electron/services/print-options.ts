// PDF page furniture shared by Electron's printToPDF and Chromium's page.pdf, so both exports look alike.
/** Footer with page numbers; Chromium fills the pageNumber/totalPages spans. */
export const FOOTER_TEMPLATE =
  '<div style="font-size:8px;width:100%;text-align:center;color:#555;font-family:sans-serif">' +
  'Acupoint Reference · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
export const HEADER_TEMPLATE = '<span></span>';
/** Margins in millimetres (top, bottom, left, right). */
export const MARGINS_MM = { top: 14, bottom: 16, left: 12, right: 12 } as const;

/** The print route of a plan inside the renderer build. */
export const printPath = (planId: string, paper: 'A4' | 'Letter'): string =>
  `/index.html#/print/${encodeURIComponent(planId)}?paper=${paper.toLowerCase()}`;
