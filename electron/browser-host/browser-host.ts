// The browser host: the production renderer in real Chromium, with the REAL services bound to the host
// API through Playwright's exposeBinding — the same gate and services as Electron main, another transport.
// Used by the renderer e2e tests, `npm run preview`, `npm run screenshots` and headless export scripts.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_GLOBAL, type MenuCommand } from '../contract/host-api';
import { createGate } from '../services/handler-gate';
import { createServices } from '../services/services';
import { isAppUrl } from '../common/url-policy';
import { CHROMIUM_ARGS, requireChromium } from './chromium-path';
import { startStaticServer } from './static-server';
import { prewarmPrintPdf, renderPrintPdf } from './print-pdf';
import { createIdleTrigger } from '../services/idle-trigger';
import { assertRendererBuilt } from './build-check';
import { createPendingFiles } from '../services/launch-files';
import { acquireDataLock, type DataLock } from '../services/data-lock';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BINDING = '__acupointInvoke';
const MENU_DOM_EVENT = 'acupoint:menu-command';

export interface BrowserHostOptions {
  /** folder for plans and settings; tests pass a fresh temp folder */
  dataDir: string;
  rendererDir?: string;
  headless?: boolean;
  /** page size; null lets a headful window size the page (preview) */
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  /** extra Chromium flags, e.g. to disable WebGL for the 2D fallback test */
  args?: string[];
  /** where plans:export-pdf / plans:export-file write (stands in for the save dialog); default <dataDir>/exports */
  exportDir?: string;
  /** the file plans:import "chooses" (stands in for the open dialog); none = the clinician cancelled */
  importFile?: string;
  /** plan files given at launch, as on the desktop app's command line */
  openFiles?: string[];
  /** open the print page once no host call has come for this long, as the desktop app does (preview);
   *  off by default so tests and scripts do not carry a second page */
  prewarmPdfAfterQuietMs?: number;
  /** `npm run dev`: the renderer comes from this Vite dev server (hot reload) instead of the production build */
  devServerOrigin?: string;
}

export interface BrowserHost {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** every URL the page requested, in order */
  requests: string[];
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /** plan files handed over while running, as a second launch or a double-click does on the desktop */
  openFiles(files: string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the host on options.dataDir. Without a production build it throws BuildMissingError at once. A data
 * folder has one writer at a time: if another copy (either host) holds it, this throws a DataFolderLockedError
 * naming the folder; the lock is released by close().
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  if (!options.devServerOrigin) assertRendererBuilt(options.rendererDir ?? path.join(PROJECT_ROOT, 'out', 'renderer'));
  const lock = await acquireDataLock(options.dataDir);
  try {
    return await startOnLockedFolder(options, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function startOnLockedFolder(options: BrowserHostOptions, lock: DataLock): Promise<BrowserHost> {
  const rendererDir = options.rendererDir ?? path.join(PROJECT_ROOT, 'out', 'renderer');
  const server = options.devServerOrigin
    ? { origin: options.devServerOrigin.replace(/\/$/, ''), close: async (): Promise<void> => undefined }
    : await startStaticServer(rendererDir);
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    productName: string;
    version: string;
  };
  // Filled in below once Chromium runs; only used when a page asks for a PDF.
  const live: { context?: BrowserContext } = {};
  const exportDir = options.exportDir ?? path.join(options.dataDir, 'exports');
  const pending = createPendingFiles();
  pending.add((options.openFiles ?? []).map((f) => path.resolve(f)));
  const gate = createGate({
    handlers: createServices({
      appInfo: {
        name: pkg.productName,
        version: pkg.version,
        host: 'browser',
        platform: process.platform,
        versions: { node: process.versions.node },
        dataDir: path.join(options.dataDir, 'plans'),
      },
      pdf: {
        render: (planId, paper, choice) => {
          if (!live.context) throw new Error('browser not started');
          return renderPrintPdf(live.context, server.origin, planId, paper, choice);
        },
        chooseTarget: async (name) => path.join(exportDir, name),
      },
      files: {
        chooseImport: async () => options.importFile,
        chooseExport: async (name) => path.join(exportDir, name),
      },
      pending,
    }),
    isTrustedSender: (url) => isAppUrl(url, server.origin),
  });
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    headless: options.headless ?? true,
    args: [
      ...CHROMIUM_ARGS,
      ...(options.headless === false ? ['--enable-unsafe-swiftshader'] : []),
      ...(options.args ?? []),
    ],
  });
  const context = await browser.newContext({
    viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  const warmPrint =
    options.prewarmPdfAfterQuietMs === undefined
      ? undefined
      : createIdleTrigger(options.prewarmPdfAfterQuietMs, () => void prewarmPrintPdf(context, server.origin));
  await context.exposeBinding(BINDING, ({ frame }, channel: unknown, request: unknown) => {
    warmPrint?.poke();
    return gate(channel, frame.url(), request);
  });
  await context.addInitScript({ content: bridgeScript(BRIDGE_GLOBAL, BINDING, MENU_DOM_EVENT) });
  live.context = context;
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const sendMenuCommand = async (command: MenuCommand): Promise<void> => {
    await page.evaluate(
      `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_DOM_EVENT)}, { detail: ${JSON.stringify(command)} }))`,
    );
  };
  return {
    origin: server.origin,
    browser,
    context,
    page,
    requests,
    sendMenuCommand,
    openFiles: async (files) => {
      pending.add(files.map((f) => path.resolve(f)));
      await sendMenuCommand('files-opened');
    },
    close: async () => {
      warmPrint?.cancel();
      try {
        await browser.close();
        await server.close();
      } finally {
        await lock.release();
      }
    },
  };
}

/**
 * Runs inside the page before any app script: the browser-host twin of electron/preload/preload.ts.
 * Kept as source text: a serialised TS function would carry transpiler helpers the page lacks.
 */
function bridgeScript(global: string, binding: string, event: string): string {
  return `(() => {
  const invoke = (channel, request) => window[${JSON.stringify(binding)}](channel, request);
  const onMenuCommand = (listener) => {
    const handler = (e) => listener(e.detail);
    window.addEventListener(${JSON.stringify(event)}, handler);
    return () => window.removeEventListener(${JSON.stringify(event)}, handler);
  };
  Object.defineProperty(window, ${JSON.stringify(global)}, { value: Object.freeze({ invoke, onMenuCommand }) });
})();`;
}
