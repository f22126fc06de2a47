// Electron's PDF path: the plan's print route in a hidden window (same secure options and preload as the
// main window, so the page reads the plan through the host API), printed with webContents.printToPDF.
// The window is kept between exports (createWarmPrinter: one job at a time, the idle route — no plan — in
// between) and closed after 10 idle minutes, as soon as it is the only window left (a hidden window would
// keep the app from quitting) and on quit.
import { BrowserWindow, dialog, app } from 'electron';
import path from 'node:path';
import { createWarmPrinter, type PdfDeps, type PrintSurfaceOps } from '../services/pdf-service';
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  MARGINS_MM,
  PRINT_PAGE,
  printReadyScript,
  showRouteScript,
} from '../services/print-options';
import { APP_ORIGIN } from '../common/url-policy';
import { createSecureWindow } from './window-options';

const inches = (mm: number): number => mm / 25.4;
/** Memory of a kept print page (WebGL context, body mesh) is given back after this long unused. */
const IDLE_CLOSE_MS = 10 * 60_000;

interface PrintWindows {
  all: Set<BrowserWindow>;
  creating: boolean;
}

function printWindowOps(preloadPath: string, printWindows: PrintWindows): PrintSurfaceOps<BrowserWindow> {
  return {
    open: async () => {
      // 'browser-window-created' fires inside the constructor: flagged so it can tell this one apart.
      printWindows.creating = true;
      const win = createSecureWindow(BrowserWindow, preloadPath, { width: 900, height: 1200 });
      printWindows.creating = false;
      printWindows.all.add(win);
      win.once('closed', () => printWindows.all.delete(win));
      return win;
    },
    show: async (win, hash, job, timeoutMs) => {
      const page = win.webContents;
      if (page.getURL().startsWith(`${APP_ORIGIN}/`))
        return (await page.executeJavaScript(showRouteScript(hash, job, timeoutMs))) as string;
      await win.loadURL(`${APP_ORIGIN}${PRINT_PAGE}${hash}`);
      return (await page.executeJavaScript(printReadyScript(job, timeoutMs))) as string;
    },
    // generateTaggedPDF: a structure tree for screen readers; generateDocumentOutline: headings as bookmarks.
    print: (win, paper) =>
      win.webContents.printToPDF({
        pageSize: paper,
        printBackground: true,
        displayHeaderFooter: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        headerTemplate: HEADER_TEMPLATE,
        footerTemplate: FOOTER_TEMPLATE,
        margins: {
          top: inches(MARGINS_MM.top),
          bottom: inches(MARGINS_MM.bottom),
          left: inches(MARGINS_MM.left),
          right: inches(MARGINS_MM.right),
        },
      }),
    close: (win) => {
      if (!win.isDestroyed()) win.destroy();
    },
    alive: (win) => !win.isDestroyed() && !win.webContents.isCrashed(),
  };
}

/** PdfDeps for main, plus prewarm (call once the main window shows, so the first export is warm too). */
export function electronPdfDeps(preloadPath: string): PdfDeps & { prewarm: () => Promise<void> } {
  const printWindows: PrintWindows = { all: new Set(), creating: false };
  const printer = createWarmPrinter(printWindowOps(preloadPath, printWindows), { idleCloseMs: IDLE_CLOSE_MS });
  const releaseIfAlone = (): void => {
    if (BrowserWindow.getAllWindows().every((w) => w.isDestroyed() || printWindows.all.has(w))) void printer.release();
  };
  app.on('browser-window-created', (_event, win) => {
    if (!printWindows.creating) win.once('closed', releaseIfAlone);
  });
  app.on('will-quit', () => {
    void printer.dispose();
  });
  return {
    render: (planId, paper, choice) => printer.render(planId, paper, choice),
    prewarm: () => printer.prewarm(),
    chooseTarget: async (name) => {
      const parent =
        BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows().find((w) => !printWindows.all.has(w));
      const options = {
        defaultPath: path.join(app.getPath('documents'), name),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
  };
}
