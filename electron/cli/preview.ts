// `npm run preview`: opens the production renderer in a Chromium window through the browser host, with
// the real services bound. For development and for machines where the Electron binary cannot be had.
// Plan files given on the command line open as they would in the desktop app.
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../browser-host/browser-host';
import { planFilesFromArgv } from '../services/launch-files';

const dataDir = process.env.ACUPOINT_DATA_DIR ?? path.join(os.homedir(), '.acupoint-reference-preview');
const openFiles = planFilesFromArgv(['preview', ...process.argv.slice(2)], process.cwd());
// A refusal (the data folder is in use by another copy) is one clear line, not a stack trace.
const host = await startBrowserHost({
  dataDir,
  headless: false,
  viewport: null,
  args: ['--window-size=1440,900'],
  openFiles,
  prewarmPdfAfterQuietMs: 4000,
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
await host.page.goto(`${host.origin}/index.html`);
console.log(
  `Preview running at ${host.origin} (data in ${dataDir}). Close the browser window or press Ctrl+C to stop.`,
);
const stop = async (): Promise<void> => {
  await host.close().catch(() => undefined);
  process.exit(0);
};
host.browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
