// `npm run bench`: speed figures as JSON lines, one per measurement. Never asserted in tests; compare
// runs on the same machine. Feature areas add their own measurements here.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBrowserHost } from '../../electron/browser-host/browser-host';
import { createGate } from '../../electron/services/handler-gate';
import { createServices } from '../../electron/services/services';
import { runSearchBench } from './search-bench';
import { runViewerBench } from './viewer-bench';
import { readFileSync } from 'node:fs';
import { Plan } from '../../electron/contract/plan';
import { exportPlanPdf } from '../../electron/browser-host/pdf-export';
import { renderPrintPdf } from '../../electron/browser-host/print-pdf';
import { createPlanStore } from '../../electron/services/plan-store';
import { bodyViewCount } from './pdf-bench';

export function quantiles(samples: number[]): { p50: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? NaN };
}
const emit = (name: string, figures: Record<string, number | string>): void => {
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(4)) : v]));
  console.log(JSON.stringify({ bench: name, ...rounded }));
};

// Host gate: validation cost of one app:info round through the gate (no transport).
const gate = createGate({
  handlers: createServices({ appInfo: { name: 'x', version: '1', host: 'browser', platform: 'linux', versions: {}, dataDir: '/tmp' } }),
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

// PDF export of the example plan (browser host start + print route + page.pdf), end to end.
const plan = Plan.parse(JSON.parse(readFileSync('tests/fixtures/plan-sciatica.acuplan', 'utf8')));
const pdfDir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-bench-pdf-'));
const exports: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await exportPlanPdf(plan, path.join(pdfDir, `plan-${i}.pdf`));
  exports.push(performance.now() - t);
}
emit('plan-pdf-export', { unit: 'ms', runs: exports.length, points: plan.points.length, bodyViews: await bodyViewCount(plan), ...quantiles(exports) });

// Issue target: ≤ 1.5 s for a 12-point plan with body views (the fixture plus 8 common points).
const extra = ['ST36', 'LI4', 'BL23', 'KI3', 'GB31', 'BL37', 'BL57', 'BL60'];
const big = Plan.parse({
  ...plan,
  points: [...plan.points, ...extra.map((code, i) => ({ uid: `b${i}`, code, side: 'bilateral', technique: {}, note: '' }))],
});
const bigExports: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await exportPlanPdf(big, path.join(pdfDir, `big-${i}.pdf`));
  bigExports.push(performance.now() - t);
}
emit('plan-pdf-export-12-points', { unit: 'ms', runs: bigExports.length, points: big.points.length, bodyViews: await bodyViewCount(big), targetMs: 1500, startsBrowser: 'yes', ...quantiles(bigExports) });

// The same export as the clinician meets it: the app (here the browser host) is already running, so only
// the print route and the PDF are timed — the cold figure above adds a Chromium start per export.
await createPlanStore({ dir: path.join(pdfDir, 'app', 'plans') }).save(big);
const running = await startBrowserHost({ dataDir: path.join(pdfDir, 'app') });
const warmExports: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await renderPrintPdf(running.context, running.origin, big.id, 'A4');
  warmExports.push(performance.now() - t);
}
await running.close();
emit('plan-pdf-export-12-points-in-app', { unit: 'ms', runs: warmExports.length, points: big.points.length, targetMs: 1500, startsBrowser: 'no', ...quantiles(warmExports) });
await rm(pdfDir, { recursive: true, force: true });
