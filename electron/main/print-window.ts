// Electron's PDF path: the plan's print route in a hidden window (same secure options and preload as the
// main window, so the page reads the plan through the host API), printed with webContents.printToPDF.
import { BrowserWindow, dialog, app } from 'electron';
import path from 'node:path';
import type { PdfDeps } from '../services/pdf-service';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, MARGINS_MM, printPath } from '../services/print-options';
import { APP_ORIGIN } from './url-policy';
import { createSecureWindow } from './window-options';

const inches = (mm: number): number => mm / 25.4;

async function waitForPrintReady(win: BrowserWindow, timeoutMs = 30_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const state = (await win.webContents.executeJavaScript('document.body.dataset.printReady ?? ""')) as string;
    if (state) return state;
    if (Date.now() - started > timeoutMs) throw new Error('The print view did not finish rendering.');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function electronPdfDeps(preloadPath: string): PdfDeps {
  return {
    render: async (planId, paper) => {
      const win = createSecureWindow(BrowserWindow, preloadPath, { width: 900, height: 1200 });
      try {
        await win.loadURL(`${APP_ORIGIN}${printPath(planId, paper)}`);
        if ((await waitForPrintReady(win)) !== 'ready') throw new Error('The print view could not render the plan.');
        return await win.webContents.printToPDF({
          pageSize: paper, printBackground: true, displayHeaderFooter: true,
          headerTemplate: HEADER_TEMPLATE, footerTemplate: FOOTER_TEMPLATE,
          margins: { top: inches(MARGINS_MM.top), bottom: inches(MARGINS_MM.bottom), left: inches(MARGINS_MM.left), right: inches(MARGINS_MM.right) },
        });
      } finally {
        win.destroy();
      }
    },
    chooseTarget: async (name) => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { defaultPath: path.join(app.getPath('documents'), name), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
  };
}
