// Stand-in start-up checks (tests/standin/startup.ts), the end of scenario A and the refused starts:
// closing the main window quits the app and releases the data lock, no internal errors were logged, a
// second copy (lock refused) and a copy on a data folder another process holds both quit at once, and no
// timer of main is left running.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createElectronStandIn, type StandInWindow } from './electron-standin';
import {
  activeTimers,
  APP_NAME,
  sleep,
  withProcess,
  type Harness,
  type Scenario,
  type Started,
  type Target,
} from './harness';
import { loadMainBundle } from './load-bundle';

export async function checkQuitAndLocks(
  h: Harness,
  t: Target,
  s: Scenario,
  { main }: Started,
  print: StandInWindow,
): Promise<void> {
  const { check, waitFor, dir, paths, hostErrors, started, timersBefore } = h;
  const { appDir, mainFile, packaged } = t;
  const { standIn, argv, userData } = s;
  await check(
    'closing the main window releases the hidden print window, then the app quits: data lock released, window state saved',
    async () => {
      const lock = path.join(userData, '.lock');
      assert.ok(existsSync(lock), 'no data-folder lock while running');
      main.close();
      await waitFor(
        'the hidden print window to be released after the main window closed (else window-all-closed never fires and the app keeps running)',
        () => print.isDestroyed(),
      );
      await waitFor('app quit (window-all-closed → app.quit)', () => standIn.quitState() === 'quit');
      assert.equal(standIn.openWindows().length, 0);
      assert.ok(!existsSync(lock), 'the data-folder lock was not released on quit');
      await waitFor('window-state.json written', () => existsSync(path.join(userData, 'window-state.json')));
      const state = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8')) as {
        bounds: { width: number };
        maximized: boolean;
      };
      assert.equal(state.bounds.width, 1440);
      assert.equal(state.maximized, false);
      assert.ok(
        !existsSync(dir('default-userData')),
        'something was written to the default userData instead of ACUPOINT_USER_DATA',
      );
    },
  );

  await check('no internal errors logged by the gate during the run ([host] … failed)', () => {
    assert.deepEqual(
      hostErrors.filter((l) => l.startsWith('[host]')),
      [],
    );
  });

  // -------------------------------------------------------------------------------------- scenario B
  await check(
    'second copy (single-instance lock refused): quits at once, registers no channel, opens no window, takes no data lock',
    async () => {
      const userDataB = dir('userData-second-copy');
      const b = createElectronStandIn({
        appPath: appDir,
        paths: paths(dir('default-userData-b')),
        isPackaged: packaged,
        singleInstanceLock: false,
      });
      started.push(b);
      withProcess(argv, { ACUPOINT_USER_DATA: userDataB }, () => loadMainBundle(mainFile, b.electron));
      assert.equal(b.calls.filter((c) => c.api === 'app.quit').length, 1);
      b.app.becomeReady();
      await sleep(50);
      assert.equal(b.handleCalls.length, 0);
      assert.equal(b.windows.length, 0);
      assert.equal(b.app.listenerCount('second-instance'), 0);
      assert.ok(!existsSync(userDataB));
    },
  );

  // -------------------------------------------------------------------------------------- scenario C
  await check(
    'data folder held by another live process: error box naming the folder, quit, no channel, no window, their lock kept',
    async () => {
      const userDataC = dir('userData-locked');
      await mkdir(userDataC);
      const lockText = `${JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString(), bootedAt: Date.now() - os.uptime() * 1000, token: 'other-copy' })}\n`;
      await writeFile(path.join(userDataC, '.lock'), lockText);
      const c = createElectronStandIn({
        appPath: appDir,
        paths: paths(dir('default-userData-c')),
        isPackaged: packaged,
      });
      started.push(c);
      withProcess(argv, { ACUPOINT_USER_DATA: userDataC }, () => loadMainBundle(mainFile, c.electron));
      c.app.becomeReady();
      await waitFor('quit after the lock was refused', () => c.quitState() === 'quit');
      const box = c.dialogs.find((d) => d.kind === 'error')?.options as { title: string; content: string } | undefined;
      assert.equal(box?.title, APP_NAME);
      assert.ok(box?.content.includes(userDataC) && box.content.includes('already in use'), box?.content);
      assert.equal(c.handleCalls.length, 0);
      assert.equal(c.windows.length, 0);
      assert.equal(readFileSync(path.join(userDataC, '.lock'), 'utf8'), lockText);
    },
  );

  await check(
    'after quit no timer of main is left running (print-window idle close, prewarm, Open Recent refresh)',
    async () => {
      await waitFor('timers cleared', () => activeTimers() <= timersBefore, 2500).catch(() => {
        throw new Error(`${activeTimers() - timersBefore} timer(s) still pending after quit`);
      });
    },
  );
}
