// Issue 22: without a production build, scripts say "run npm run build first" at once — never a 30-second
// wait and a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, startBrowserHost } from '../../../electron/browser-host/browser-host';
import { assertRendererBuilt, BuildMissingError } from '../../../electron/browser-host/build-check';

describe('the production build check', () => {
  it('names the missing build and the command, before any browser or lock', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'acupoint-nobuild-'));
    try {
      expect(() => assertRendererBuilt(empty)).toThrow(BuildMissingError);
      expect(() => assertRendererBuilt(empty)).toThrow(/run `npm run build` first/);
      const dataDir = path.join(empty, 'data');
      await expect(startBrowserHost({ dataDir, rendererDir: empty })).rejects.toThrow(BuildMissingError);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('a script meeting it prints one line and exits 1', () => {
    const script = [
      "import { exitWithPlainError, assertRendererBuilt } from './electron/browser-host/build-check.ts';",
      "try { assertRendererBuilt('/nonexistent-acupoint-build'); } catch (e) { exitWithPlainError(e); }",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'The production build is missing (/nonexistent-acupoint-build/index.html): run `npm run build` first.',
    ]);
  });
});
