// `npm run dev`: the renderer from Vite's dev server, with hot reload, in a Chromium window through the
// browser host — the real services bound, plans and settings in the preview data folder. Edit a file under
// renderer/ and the window updates in place; main-process code (electron/services) needs a restart.
// The Electron shell itself only ever loads the built app:// bundle (its URL policy trusts nothing else),
// so on a machine with the binary `npm run build && npm start` runs the desktop app.
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { PROJECT_ROOT, startBrowserHost } from '../browser-host/browser-host';

const dataDir = process.env.ACUPOINT_DATA_DIR ?? path.join(os.homedir(), '.acupoint-reference-preview');
const vite = await createServer({
  configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
  server: { host: '127.0.0.1', port: Number(process.env.ACUPOINT_DEV_PORT ?? 5173), strictPort: false },
});
await vite.listen();
const origin = vite.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!origin) {
  console.error('The Vite dev server did not report its address.');
  await vite.close();
  process.exit(1);
}
const host = await startBrowserHost({
  dataDir,
  headless: false,
  viewport: null,
  args: ['--window-size=1440,900'],
  devServerOrigin: origin,
}).catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  await vite.close();
  process.exit(1);
});
await host.page.goto(`${origin}/index.html`);
console.log(
  `Dev server at ${origin}, hot reload on (data in ${dataDir}). Close the browser window or press Ctrl+C to stop.`,
);
const stop = async (): Promise<void> => {
  await host.close().catch(() => undefined);
  await vite.close();
  process.exit(0);
};
host.browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
