// `npm run test:e2e:stress [-- --runs N]` (not part of npm test): the e2e suite and the screenshots script,
// N times in a row (default 5) while every CPU is kept busy by a spinning child process — the shared
// 2-core CI machine at its worst. Needs `npm run build`. Prints one JSON line per run and a summary; exits
// 1 if any run failed. Waits in the suite and the scripts are for states, never for time: this proves it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { assertRendererBuilt, exitWithPlainError } from '../../electron/browser-host/build-check';

const USAGE = 'usage: npm run test:e2e:stress [-- --runs N]';
let runs = NaN;
try {
  runs = Number(
    parseArgs({ args: process.argv.slice(2), options: { runs: { type: 'string', default: '5' } }, strict: true }).values
      .runs,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message.split('\n')[0] : error);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error(USAGE);
  process.exit(2);
}
try {
  assertRendererBuilt(path.join(PROJECT_ROOT, 'out', 'renderer'));
} catch (error) {
  exitWithPlainError(error);
}

/** One busy-looping child per CPU, at normal priority, until stopped. */
function loadCpus(): ChildProcess[] {
  return os.cpus().map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

/** Runs a command to the end; resolves with its exit code and the last lines of its output. */
function run(command: string, commandArgs: string[]): Promise<{ code: number; tail: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: PROJECT_ROOT, env: { ...process.env, CI: 'true' } });
    let out = '';
    const keep = (chunk: Buffer): void => {
      out = (out + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, tail: out.split('\n').filter(Boolean).slice(-6).join('\n') }),
    );
  });
}

const load = loadCpus();
const stop = (): void => {
  for (const c of load) c.kill('SIGKILL');
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let failures = 0;
const started = performance.now();
try {
  for (let i = 1; i <= runs; i++) {
    const shots = await mkdtemp(path.join(os.tmpdir(), 'acupoint-stress-shots-'));
    const t = performance.now();
    const e2e = await run(npx, ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=line']);
    const screenshots = await run(npx, ['tsx', 'electron/cli/screenshots.ts', shots]);
    await rm(shots, { recursive: true, force: true });
    const ok = e2e.code === 0 && screenshots.code === 0;
    if (!ok) failures++;
    console.log(
      JSON.stringify({
        run: i,
        of: runs,
        busyChildren: load.length,
        ok,
        e2e: e2e.code === 0 ? 'passed' : 'failed',
        screenshots: screenshots.code === 0 ? 'passed' : 'failed',
        minutes: Number(((performance.now() - t) / 60_000).toFixed(1)),
        ...(ok ? {} : { e2eTail: e2e.tail, screenshotsTail: screenshots.tail }),
      }),
    );
  }
} finally {
  stop();
}
console.log(
  JSON.stringify({
    summary: `${runs - failures} of ${runs} loaded runs passed`,
    busyChildren: load.length,
    minutes: Number(((performance.now() - started) / 60_000).toFixed(1)),
  }),
);
process.exit(failures > 0 ? 1 : 0);
