// Viewer figures for `npm run bench`: time from navigation start to the first frame with the body
// (window.__viewer.firstFrameMs, software WebGL in headless Chromium), draw calls per frame, idle and
// with a point selected, switching the body, and the size of the shipped bodies. Reported only, never asserted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT, startBrowserHost } from '../../electron/browser-host/browser-host';
import { BODY_VARIANTS, DEFAULT_VARIANT } from '../../models/body/variants';

export type Emit = (name: string, figures: Record<string, number | string>) => void;

interface Probe {
  firstFrameMs: number | null;
  drawCalls: number;
}

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
    const sizes = BODY_VARIANTS.map((v) => ({
      glb: statSync(path.join(PROJECT_ROOT, 'models/assets/bodies', `${v.id}.glb`)).size,
      json: statSync(path.join(PROJECT_ROOT, 'models/assets/bodies', `${v.id}.placements.json`)).size,
    }));
    emit('body-assets-size', {
      unit: 'MB',
      bodies: sizes.length,
      total: sizes.reduce((t, s) => t + s.glb + s.json, 0) / 1e6,
      glbEach: Math.max(...sizes.map((s) => s.glb)) / 1e6,
      placementsEach: Math.max(...sizes.map((s) => s.json)) / 1e6,
      budget: 12,
    });
    emit('viewer-first-frame-after-navigation', {
      unit: 'ms',
      runs: firstFrames.length,
      p50: firstFrames[Math.floor(firstFrames.length / 2)] ?? NaN,
      max: firstFrames.at(-1) ?? NaN,
    });

    await host.page.locator('#search-input').click();
    await host.page.keyboard.type('huantiao');
    await host.page.waitForSelector('#search-option-point-GB30');
    await host.page.keyboard.press('Enter');
    await host.page.waitForFunction(
      () => (window as unknown as { __viewer?: { selectedCode: string | null } }).__viewer?.selectedCode === 'GB30',
    );
    await host.page.waitForTimeout(1500);
    emit('viewer-draw-calls', { unit: 'calls', idle: idleCalls, selected: (await readProbe(host))?.drawCalls ?? NaN });

    // Body switch (issue 19, target ≤ 1 s): from choosing another body in the viewer's control to the
    // viewport showing it. "cold": that body's first load on the page (fetch, parse, BVH, channel lines);
    // "warm": back to a body already loaded.
    const cold: number[] = [],
      warm: number[] = [];
    const seen = new Set<string>([DEFAULT_VARIANT.id]);
    let now = { sex: DEFAULT_VARIANT.sex as string, build: DEFAULT_VARIANT.build as string };
    // one control change at a time, so each figure is one switch
    const steps: ['sex' | 'build', string][] = [
      ['build', 'slim'],
      ['build', 'average'],
      ['build', 'broad'],
      ['build', 'average'],
      ['sex', 'female'],
      ['build', 'slim'],
      ['build', 'broad'],
      ['build', 'average'],
      ['sex', 'male'],
      ['sex', 'female'],
    ];
    for (const [control, value] of steps) {
      now = { ...now, [control]: value };
      const id = `${now.sex}-${now.build}`;
      const t = performance.now();
      await host.page.getByLabel(control === 'sex' ? 'Body sex' : 'Body build').selectOption(value);
      await host.page.waitForSelector(`.viewport[data-body="${id}"]`, { timeout: 30_000 });
      await host.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      (seen.has(id) ? warm : cold).push(performance.now() - t);
      seen.add(id);
    }
    const q = (xs: number[]): { p50: number; max: number } => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { p50: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted.at(-1) ?? NaN };
    };
    emit('viewer-body-switch-cold', { unit: 'ms', runs: cold.length, ...q(cold), target: 1000 });
    emit('viewer-body-switch-warm', { unit: 'ms', runs: warm.length, ...q(warm), target: 1000 });
    // of the cold switch: preparing a loaded body (BVH, markers, channel lines laid on the skin)
    const prepare = await host.page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('body:prepare:'))
        .map((m) => m.duration),
    );
    emit('viewer-body-prepare', { unit: 'ms', runs: prepare.length, ...q(prepare) });
  } finally {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
