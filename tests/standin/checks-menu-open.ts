// Stand-in start-up checks (tests/standin/startup.ts), scenario A once the page is up: the menu and Open
// Recent, the plan file on the command line, the prewarmed print window, app:info, and plan files arriving
// from a second launch and from macOS open-file.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BRIDGE_GLOBAL, MENU_EVENT } from '../../electron/contract/channels';
import { createSecureWindow } from '../../electron/main/window-options';
import { standInEvent, type StandInWindow } from './electron-standin';
import {
  APP_NAME,
  click,
  latestMenu,
  LEGACY_ID,
  ok,
  recentOf,
  RecordingWindow,
  SECOND_ID,
  SEEDED_ID,
  submenu,
  type Harness,
  type Scenario,
  type Started,
  type Target,
} from './harness';

/** Returns the prewarmed print window. */
export async function checkMenuAndOpenedFiles(
  h: Harness,
  t: Target,
  s: Scenario,
  { main, host, receivedByRenderer }: Started,
): Promise<StandInWindow> {
  const { check, waitFor } = h;
  const { expectedPreload, packaged, version, csp } = t;
  const { standIn, app, plansDir, inbox, argvPlan } = s;
  await check(
    'menu: set at once (Open Recent empty), then Open Recent fills from the plans folder; an entry opens its plan',
    async () => {
      assert.ok(standIn.applicationMenus.length >= 1);
      assert.deepEqual(
        recentOf(standIn.applicationMenus[0]?.items).map((i) => i.label),
        ['No Recent Plans'],
      );
      await waitFor('Open Recent filled', () =>
        recentOf(latestMenu(standIn)).some((i) => i.label?.startsWith('1. Example Patient (fictional), 2026-11-20')),
      );
      const items = latestMenu(standIn);
      const recent = recentOf(items);
      assert.equal(recent.length, 1);
      click(recent[0]);
      const view = submenu(items, '&View');
      assert.equal(
        view.some((i) => i.role === 'toggleDevTools'),
        !packaged,
        'DevTools item in the menu iff not packaged',
      );
      click(submenu(items, '&File').find((i) => i.label === '&Export PDF…'));
      assert.deepEqual(receivedByRenderer.slice(-2), [{ command: 'open-plan', id: SEEDED_ID }, 'plan-export-pdf']);
    },
  );

  await check(
    'plan file on argv: "files-opened" sent once the window exists, plans:take-opened returns it once',
    async () => {
      assert.ok(main.webContents.sent.some((s) => s.channel === MENU_EVENT && s.args[0] === 'files-opened'));
      const taken = ok<{ plans: Array<{ id: string }>; problems: unknown[] }>(
        await host.invoke('plans:take-opened', {}),
      );
      assert.deepEqual(
        taken.plans.map((p) => p.id),
        [LEGACY_ID],
      );
      assert.deepEqual(taken.problems, []);
      assert.ok(
        existsSync(path.join(plansDir, `${LEGACY_ID}.acuplan`)),
        'the opened plan was not stored in the plans folder',
      );
      assert.deepEqual(ok(await host.invoke('plans:take-opened', {})), { plans: [], problems: [] });
      // the launch file joins the OS's recent documents, as files from a second launch do
      assert.deepEqual(app.recentDocuments, [argvPlan]);
    },
  );

  // The print page is opened once the app has been quiet for 4 s after start-up (issue 16): wait for it.
  let print!: StandInWindow;
  await check(
    'print window prewarmed after the quiet period: hidden, hardened like the main window, same preload, idle print route served with CSP',
    async () => {
      await waitFor(
        'prewarmed print window',
        () => standIn.windows.length >= 2 && (standIn.windows[1]?.webContents.scripts.length ?? 0) > 0,
        7000,
      );
      print = standIn.windows[1]!;
      assert.deepEqual(
        print.options,
        createSecureWindow(RecordingWindow, expectedPreload, { width: 900, height: 1200 }).options,
      );
      assert.equal(print.visible, false);
      assert.ok(
        !standIn.calls.some((c) => c.api === 'BrowserWindow.show' && c.args[0] === print.id),
        'the print window was shown',
      );
      const load = print.webContents.loads[0];
      assert.equal(load?.status, 200);
      assert.equal(load?.headers?.['content-security-policy'], csp);
      assert.match(print.webContents.getURL(), /^app:\/\/bundle\/index\.html#\/print\?paper=a4&job=[0-9a-f-]+$/);
      assert.ok(print.webContents.renderer?.world.has(BRIDGE_GLOBAL), 'the print page has no host bridge');
      assert.ok(
        print.webContents.windowOpenHandler && print.webContents.listenerCount('will-navigate') > 0,
        'print window contents not hardened',
      );
    },
  );

  await check('app:info through the registered ipcMain handler (trusted frame) returns the real app info', async () => {
    const info = ok(await host.invoke('app:info', {}));
    assert.deepEqual(info, {
      name: APP_NAME,
      version,
      host: 'electron',
      platform: process.platform,
      versions: { node: process.versions.node },
      dataDir: plansDir,
    });
  });

  await check(
    'second instance: its plan files (relative to its cwd, flags and other files ignored) reach plans:take-opened; a minimized window is restored and focused; recent documents',
    async () => {
      main.minimize();
      const focusBefore = standIn.calls.length;
      const files = [
        path.join(inbox, 'second.acuplan'),
        path.join(inbox, 'unknown-flag.acuplan'),
        path.join(inbox, 'missing.acuplan'),
      ];
      app.emit(
        'second-instance',
        standInEvent(),
        [
          '/opt/acupoint/acupoint',
          '--enable-features=X',
          'second.acuplan',
          files[1],
          files[2],
          'notes.txt',
          '-psn_0_1',
        ],
        inbox,
        {},
      );
      assert.deepEqual(app.recentDocuments.slice(-3), files);
      assert.equal(receivedByRenderer.at(-1), 'files-opened');
      assert.ok(
        standIn.calls.slice(focusBefore).some((c) => c.api === 'BrowserWindow.restore' && c.args[0] === main.id),
        'minimized main window not restored',
      );
      assert.ok(
        standIn.calls.slice(focusBefore).some((c) => c.api === 'BrowserWindow.focus' && c.args[0] === main.id),
        'main window not focused',
      );
      assert.equal(main.isMinimized(), false);
      const taken = ok<{ plans: Array<{ id: string }>; problems: Array<{ file: string; message: string }> }>(
        await host.invoke('plans:take-opened', {}),
      );
      assert.deepEqual(
        taken.plans.map((p) => p.id),
        [SECOND_ID],
      );
      assert.deepEqual(
        taken.problems.map((p) => p.file),
        ['unknown-flag.acuplan', 'missing.acuplan'],
      );
      for (const p of taken.problems)
        assert.ok(p.message.length > 0 && !p.message.includes(inbox), `problem message ${p.message}`);
    },
  );

  await check(
    'macOS open-file: prevented, queued, the window focused, the same plan file again reopens the stored plan (no copy)',
    async () => {
      const e = standInEvent();
      const file = path.join(inbox, 'from-finder.acuplan');
      const focusBefore = standIn.calls.length;
      app.emit('open-file', e, file);
      assert.ok(e.defaultPrevented);
      assert.ok(
        standIn.calls.slice(focusBefore).some((c) => c.api === 'BrowserWindow.focus' && c.args[0] === main.id),
        'main window not focused on open-file',
      );
      assert.equal(app.recentDocuments.at(-1), file);
      assert.equal(receivedByRenderer.at(-1), 'files-opened');
      const taken = ok<{ plans: Array<{ id: string }> }>(await host.invoke('plans:take-opened', {}));
      assert.deepEqual(
        taken.plans.map((p) => p.id),
        [SEEDED_ID],
      );
    },
  );

  return print;
}
