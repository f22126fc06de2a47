// `npm run bench`: speed figures as JSON lines, one per measurement. Never asserted in tests; compare
// runs on the same machine. Feature areas add their own measurements here.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT, startBrowserHost } from '../../electron/browser-host/browser-host';
import { assertRendererBuilt, exitWithPlainError } from '../../electron/browser-host/build-check';
import { createGate } from '../../electron/services/handler-gate';
import { createServices } from '../../electron/services/services';
import { runSearchBench } from './search-bench';
import { runViewerBench } from './viewer-bench';
import { runPdfBench } from './pdf-bench';
import { runPlanStoreBench } from './plan-store-bench';

export function quantiles(samples: number[]): { p50: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? NaN };
}
const emit = (name: string, figures: Record<string, number | string>): void => {
  const rounded = Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(4)) : v]),
  );
  console.log(JSON.stringify({ bench: name, ...rounded }));
};

// Most figures need the production build: say so in one line before measuring anything.
try {
  assertRendererBuilt(path.join(PROJECT_ROOT, 'out', 'renderer'));
} catch (error) {
  exitWithPlainError(error);
}

// Host gate: validation cost of one app:info round through the gate (no transport).
const gate = createGate({
  handlers: createServices({
    appInfo: { name: 'x', version: '1', host: 'browser', platform: 'linux', versions: {}, dataDir: '/tmp' },
  }),
  isTrustedSender: () => true,
});
const gateMs: number[] = [];
for (let i = 0; i < 5000; i++) {
  const t = performance.now();
  await gate('app:info', 'app://bundle/', {});
  gateMs.push(performance.now() - t);
}
emit('host-gate-app-info', { unit: 'ms', runs: gateMs.length, ...quantiles(gateMs) });

// Renderer: navigation → app:info shown, through the browser host (production build).
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-bench-'));
const host = await startBrowserHost({ dataDir });
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await host.page.goto(`${host.origin}/index.html`);
  await host.page.waitForSelector('[data-host-status="ready"]');
  loads.push(performance.now() - t);
}
await host.close();
await rm(dataDir, { recursive: true, force: true });
emit('renderer-load-to-host-ready', { unit: 'ms', runs: loads.length, ...quantiles(loads) });

// Search: per-keystroke latency of our index vs one fuse.js index over all text (issue: search).
runSearchBench(emit);

// 3D viewer: first frame with the body after navigation (software WebGL here), draw calls.
await runViewerBench(emit);

// PDF export: plan:pdf (Chromium per export) and in the running app (kept print page); see pdf-bench.ts.
await runPdfBench(emit);

// Plan store: list() cold / warm / per keystroke at 1,000 and 10,000 plans, one autosave at 100 and 10,000.
await runPlanStoreBench(emit);
