// The stand-in start-up: loads a built out/main/main.cjs with `electron` resolved to the stand-in and
// drives it as Electron would (ready, window, protocol, IPC from the preload's bridge, second instance,
// PDF export, close), asserting on what it recorded. Used by tests/standin/run-standin.ts (the repo's
// build) and tests/package/package-smoke.ts (the app folder extracted from the packaged app.asar).
// The checks live beside it, in the order they run: checks-bundle-preload.ts, checks-windows-protocol.ts,
// checks-menu-open.ts, checks-channels.ts, checks-quit-locks.ts; harness.ts has what they share.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BRIDGE_GLOBAL } from '../../electron/contract/channels';
import { buildCsp } from '../../electron/common/csp';
import { checkBundleAndPreload } from './checks-bundle-preload';
import { checkChannels } from './checks-channels';
import { checkMenuAndOpenedFiles } from './checks-menu-open';
import { checkQuitAndLocks } from './checks-quit-locks';
import { checkLoadWindowsAndProtocol } from './checks-windows-protocol';
import { createElectronStandIn, type ElectronStandIn, type StandInWebContents } from './electron-standin';
import { answerOf, FIXTURES, Harness, SECOND_ID, SEEDED_ID, type Host, type Scenario, type Target } from './harness';
import { runPreloadSandboxed } from './load-bundle';

export { CheckFailed } from './harness';

export const SCOPE_LINE = 'stand-in Electron API: wiring only; native behaviour untested here';

export interface StartupOptions {
  /** app.getAppPath(): the repo root, or the folder app.asar was extracted to */
  appDir: string;
  /** the main bundle to load; default <appDir>/out/main/main.cjs */
  mainFile?: string;
  /** app.isPackaged (the packaged app has no DevTools menu item) */
  packaged: boolean;
  /** receives one line per check made */
  report?: (line: string) => void;
}

/** The print page's side of the print-route protocol (electron/services/print-options.ts): the hash it is
 *  told to show, the job it must echo, and for a plan route the plan read through the host bridge. */
async function printPage(contents: StandInWebContents, code: string): Promise<unknown> {
  const hashSet = /window\.location\.hash = ("(?:[^"\\]|\\.)*");/.exec(code);
  if (hashSet?.[1]) contents.setHash(JSON.parse(hashSet[1]) as string);
  const jobMatch = /const job = ("(?:[^"\\]|\\.)*");/.exec(code);
  if (!jobMatch?.[1]) throw new Error('print page: not a print-route script');
  const job = JSON.parse(jobMatch[1]) as string;
  const route = /^#\/print(?:\/([^?]*))?\?(.*)$/.exec(new URL(contents.getURL()).hash);
  if (!route || new URLSearchParams(route[2]).get('job') !== job)
    throw new Error('The print view did not finish rendering.');
  if (route[1] === undefined) return 'idle';
  const host = contents.renderer?.world.get(BRIDGE_GLOBAL) as Host | undefined;
  if (!host) return 'error';
  return answerOf(await host.invoke('plans:open', { id: decodeURIComponent(route[1]) })).ok ? 'ready' : 'error';
}

/** Scenario A's data: a seeded plans folder, plan files to open, and the stand-in app to start on them. */
async function setUpScenario(h: Harness, t: Target): Promise<Scenario> {
  const { dir, paths } = h;
  const userData = dir('userData');
  const plansDir = path.join(userData, 'plans');
  await copyFile(path.join(FIXTURES, 'plan-sciatica.acuplan'), path.join(plansDir, `${SEEDED_ID}.acuplan`));
  const inbox = dir('inbox');
  const argvPlan = path.join(inbox, 'legacy.acuplan');
  await copyFile(path.join(FIXTURES, 'plan-legacy-v1.acuplan'), argvPlan);
  await copyFile(path.join(FIXTURES, 'plan-unknown-red-flag.acuplan'), path.join(inbox, 'unknown-flag.acuplan'));
  await copyFile(path.join(FIXTURES, 'plan-sciatica.acuplan'), path.join(inbox, 'from-finder.acuplan'));
  await copyFile(path.join(FIXTURES, 'plan-sciatica.acuplan'), path.join(inbox, 'import-me.acuplan'));
  const second = JSON.parse(readFileSync(path.join(FIXTURES, 'plan-sciatica.acuplan'), 'utf8')) as {
    id: string;
    patient: { name: string };
  };
  second.id = SECOND_ID;
  second.patient.name = 'Second Instance (fictional)';
  await writeFile(path.join(inbox, 'second.acuplan'), JSON.stringify(second, null, 2));

  const standIn: ElectronStandIn = createElectronStandIn({
    appPath: t.appDir,
    paths: paths(dir('default-userData')),
    isPackaged: t.packaged,
    page: printPage,
    runPreload: (contents, preload) => {
      const run = runPreloadSandboxed(preload, contents.renderer!.electron);
      if (run.globalsAdded.length > 0) throw new Error(`preload leaked globals ${run.globalsAdded.join(', ')}`);
    },
  });
  h.started.push(standIn);
  const { app } = standIn;
  const argv = [process.execPath, ...(t.packaged ? [] : ['.']), argvPlan];
  return { standIn, app, argv, userData, plansDir, inbox, argvPlan };
}

export async function runStandinStartup(options: StartupOptions): Promise<number> {
  const appDir = path.resolve(options.appDir);
  const mainFile = options.mainFile ?? path.join(appDir, 'out', 'main', 'main.cjs');
  const expectedPreload = path.join(appDir, 'out', 'preload', 'preload.cjs');
  const rendererDir = path.join(appDir, 'out', 'renderer');
  const report = options.report ?? (() => undefined);
  const version = (JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { version: string }).version;
  const t: Target = {
    appDir,
    mainFile,
    expectedPreload,
    rendererDir,
    packaged: options.packaged,
    version,
    csp: buildCsp('header'),
  };

  const h = await Harness.start(report);
  try {
    for (const d of ['documents', 'temp', 'home', 'appData', 'inbox', 'exports', 'userData/plans'])
      await mkdir(h.dir(d), { recursive: true });
    await checkBundleAndPreload(h, t);
    const s = await setUpScenario(h, t);
    const started = await checkLoadWindowsAndProtocol(h, t, s);
    const print = await checkMenuAndOpenedFiles(h, t, s, started);
    await checkChannels(h, t, s, started, print);
    await checkQuitAndLocks(h, t, s, started, print);
  } catch (error) {
    h.failed = true;
    throw error;
  } finally {
    await h.finish();
  }
  return h.count;
}
