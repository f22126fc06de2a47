// The packaged app's main process, run: app.asar is extracted to a temp folder and its main bundle (the one
// the packaged package.json names) is started with the stand-in Electron API (tests/standin), with
// app.getAppPath() = that folder and app.isPackaged = true. A path main resolves relative to the app
// (the renderer build, the preload) that is wrong or missing in the packaged layout fails here.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractAll } from '@electron/asar';
import { CheckFailed, runStandinStartup, SCOPE_LINE } from '../standin/startup';

/** Problems found (none = the packaged main started and passed every stand-in check). */
export async function standinStartupFromAsar(
  asar: string,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-asar-app-'));
  try {
    extractAll(asar, dir);
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) return ['app.asar has no package.json'];
    const main = (JSON.parse(readFileSync(manifest, 'utf8')) as { main?: string }).main;
    if (!main) return ['the packaged package.json names no main bundle'];
    const mainFile = path.join(dir, main);
    if (!existsSync(mainFile)) return [`the packaged package.json names ${main} as main, which app.asar does not hold`];
    log(`stand-in start-up of the packaged app (app.asar extracted; ${main}):`);
    log(SCOPE_LINE);
    const checks = await runStandinStartup({ appDir: dir, mainFile, packaged: true, report: log });
    log(`stand-in start-up of the packaged app: passed (${checks} checks)`);
    return [];
  } catch (error) {
    return [
      `stand-in start-up of the packaged app failed: ${error instanceof CheckFailed ? error.message : ((error as Error)?.stack ?? String(error))}`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
}
