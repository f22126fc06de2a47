// Viewer figures for `npm run bench`: time from navigation start to the first frame with the body
// (window.__viewer.firstFrameMs, software WebGL in headless Chromium) and draw calls per frame, idle
// and with a point selected. Reported only, never asserted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../../electron/browser-host/browser-host';

export type Emit = (name: string, figures: Record<string, number | string>) => void;

interface Probe { firstFrameMs: number | null; drawCalls: number }

const readProbe = (host: { page: { evaluate: <T>(fn: () => T) => Promise<T> } }): Promise<Probe | undefined> =>
  host.page.evaluate(() => (window as unknown as { __viewer?: Probe }).__viewer);

export async function runViewerBench(emit: Emit, runs = 5): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-viewer-bench-'));
  // Not a first run: the welcome dialog would sit over the search box.
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ version: 1, welcomeDismissed: true }));
  const host = await startBrowserHost({ dataDir });
  try {
    const firstFrames: number[] = [];
    let idleCalls = NaN;
    for (let i = 0; i < runs; i++) {
      await host.page.goto(`${host.origin}/index.html`);
      await host.page.waitForSelector('.viewport[data-scene-ready="true"]', { timeout: 60_000 });
      const probe = await readProbe(host);
      if (probe?.firstFrameMs != null) firstFrames.push(probe.firstFrameMs);
      idleCalls = probe?.drawCalls ?? NaN;
    }
    firstFrames.sort((a, b) => a - b);
    emit('viewer-first-frame-after-navigation', {
      unit: 'ms', runs: firstFrames.length,
      p50: firstFrames[Math.floor(firstFrames.length / 2)] ?? NaN, max: firstFrames.at(-1) ?? NaN,
    });

    await host.page.locator('#search-input').click();
    await host.page.keyboard.type('huantiao');
    await host.page.waitForSelector('#search-option-point-GB30');
    await host.page.keyboard.press('Enter');
    await host.page.waitForFunction(() => (window as unknown as { __viewer?: { selectedCode: string | null } }).__viewer?.selectedCode === 'GB30');
    await host.page.waitForTimeout(1500);
    emit('viewer-draw-calls', { unit: 'calls', idle: idleCalls, selected: (await readProbe(host))?.drawCalls ?? NaN });
  } finally {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
