// The stand-in start-up: loads a built out/main/main.cjs with `electron` resolved to the stand-in and
// drives it as Electron would (ready, window, protocol, IPC from the preload's bridge, second instance,
// PDF export, close), asserting on what it recorded. Used by tests/standin/run-standin.ts (the repo's
// build) and tests/package/package-smoke.ts (the app folder extracted from the packaged app.asar).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { BRIDGE_GLOBAL, CHANNEL_NAMES, MENU_EVENT } from '../../electron/contract/channels';
import { buildCsp } from '../../electron/common/csp';
import { APP_ORIGIN, APP_SCHEME } from '../../electron/common/url-policy';
import { createSecureWindow } from '../../electron/main/window-options';
import {
  createElectronStandIn,
  createRendererStandIn,
  standInEvent,
  type ElectronStandIn,
  type StandInWebContents,
  type StandInWindow,
} from './electron-standin';
import { loadMainBundle, runPreloadSandboxed, SANDBOX_PRELOAD_MODULES } from './load-bundle';

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

export class CheckFailed extends Error {
  constructor(
    readonly check: string,
    readonly reason: unknown,
    readonly context: string[] = [],
  ) {
    super(
      `${check}: ${reason instanceof Error ? reason.message : String(reason)}${context.length ? `\n${context.map((c) => `    ${c}`).join('\n')}` : ''}`,
    );
    this.name = 'CheckFailed';
  }
}

interface Host {
  invoke(channel: string, request: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: unknown) => void): () => void;
}
type Item = MenuItemConstructorOptions;
type HostAnswer = { ok: true; value: unknown } | { ok: false; code: string; message: string };

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SEEDED_ID = '3f2c9a1e-8b7d-4c21-9e55-0a1b2c3d4e5f';
const LEGACY_ID = 'legacy-v1-example-plan';
const SECOND_ID = 'standin-second-instance-plan';
const APP_NAME = 'Acupoint Reference';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function answerOf(value: unknown): HostAnswer {
  assert.ok(
    value !== null && typeof value === 'object' && 'ok' in value,
    `not a host answer: ${JSON.stringify(value)}`,
  );
  return value as HostAnswer;
}
function ok<T = Record<string, unknown>>(value: unknown): T {
  const answer = answerOf(value);
  assert.ok(answer.ok, `expected ok, got ${JSON.stringify(answer)}`);
  return answer.value as T;
}
function refused(value: unknown, code: string): void {
  const answer = answerOf(value);
  assert.ok(!answer.ok, `expected ${code}, got ok: ${JSON.stringify(answer)}`);
  assert.equal(answer.code, code, `expected ${code}, got ${answer.code}: ${answer.message}`);
}

class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
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

function submenu(items: readonly Item[] | undefined, label: string): Item[] {
  const item = items?.find((i) => i.label === label || i.role === label);
  assert.ok(item, `menu item ${label} missing`);
  assert.ok(Array.isArray(item.submenu), `${label} has no submenu`);
  return item.submenu;
}
function click(item: Item | undefined): void {
  assert.ok(item?.click, `menu item ${item?.label} has no click handler`);
  (item.click as () => void)();
}

/** Runs a function with process.argv and environment variables set as Electron would have them. */
function withProcess<T>(argv: string[], env: Record<string, string>, fn: () => T): T {
  const savedArgv = process.argv;
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  process.argv = argv;
  Object.assign(process.env, env);
  try {
    return fn();
  } finally {
    process.argv = savedArgv;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const activeTimers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

export async function runStandinStartup(options: StartupOptions): Promise<number> {
  const appDir = path.resolve(options.appDir);
  const mainFile = options.mainFile ?? path.join(appDir, 'out', 'main', 'main.cjs');
  const expectedPreload = path.join(appDir, 'out', 'preload', 'preload.cjs');
  const rendererDir = path.join(appDir, 'out', 'renderer');
  const report = options.report ?? (() => undefined);
  const version = (JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { version: string }).version;

  // Failures main does not throw at us: rejected promises (its start() runs in `then`), errors in timers,
  // and the "[host] channel failed" lines of the gate (an internal error in a service).
  const background: string[] = [];
  const onRejection = (reason: unknown): void => {
    background.push(
      `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
  };
  const onException = (error: Error): void => {
    background.push(`uncaught exception: ${error.stack ?? error.message}`);
  };
  const hostErrors: string[] = [];
  const consoleError = console.error;
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  console.error = (...args: unknown[]) => {
    hostErrors.push(args.map(String).join(' '));
  };

  let count = 0;
  let failed = false;
  /** every stand-in app started, quit on failure so main stops writing into the temp folder */
  const started: ElectronStandIn[] = [];
  const check = async (name: string, fn: () => unknown): Promise<void> => {
    try {
      await fn();
      if (background.length > 0) throw new Error(background.join('\n'));
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      throw new CheckFailed(name, error, [
        ...background.filter((b) => !message.includes(b)),
        ...hostErrors.map((l) => `console.error: ${l}`),
      ]);
    }
    count++;
    report(`  ok  ${name}`);
  };
  const waitFor = async (what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (background.length > 0) throw new Error(`${what}: ${background.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
      await sleep(10);
    }
  };

  const work = await mkdtemp(path.join(os.tmpdir(), 'acupoint-standin-'));
  const dir = (name: string) => path.join(work, name);
  const paths = (userData: string) => ({
    userData,
    documents: dir('documents'),
    temp: dir('temp'),
    home: dir('home'),
    appData: dir('appData'),
  });
  const timersBefore = activeTimers();
  try {
    for (const d of ['documents', 'temp', 'home', 'appData', 'inbox', 'exports', 'userData/plans'])
      await mkdir(dir(d), { recursive: true });

    // ---------------------------------------------------------------------------- the bundle as built
    await check(
      `app folder ${appDir}: main bundle ${path.relative(appDir, mainFile)}, preload out/preload/preload.cjs, renderer out/renderer/index.html present`,
      () => {
        assert.ok(existsSync(mainFile), `${mainFile} is missing`);
        assert.ok(existsSync(expectedPreload), `${expectedPreload} is missing`);
        assert.ok(existsSync(path.join(rendererDir, 'index.html')), `${rendererDir}/index.html is missing`);
      },
    );

    await check(
      'preload alone: runs sandboxed, exposes exactly window.acupointHost { invoke, onMenuCommand } and nothing else',
      async () => {
        const toMain: Array<{ channel: string; args: unknown[] }> = [];
        const side = createRendererStandIn(async (channel, args) => {
          toMain.push({ channel, args });
          return { ok: true, value: 'from main' };
        });
        const run = runPreloadSandboxed(expectedPreload, side.electron);
        assert.deepEqual(run.globalsAdded, [], 'the preload leaked globals');
        assert.ok(
          run.required.every((m) => SANDBOX_PRELOAD_MODULES.includes(m)),
          `required ${run.required.join(', ')}`,
        );
        assert.deepEqual(
          side.exposed.map((e) => e.key),
          [BRIDGE_GLOBAL],
        );
        assert.deepEqual(
          side.calls.map((c) => c.api),
          ['contextBridge.exposeInMainWorld'],
          'the preload did more than expose the bridge at load',
        );
        const host = side.world.get(BRIDGE_GLOBAL) as Record<string, unknown>;
        assert.deepEqual(Object.keys(host).sort(), ['invoke', 'onMenuCommand']);
        assert.ok(Object.values(host).every((v) => typeof v === 'function'));
        const bridge = host as unknown as Host;
        // Unknown channels are answered in the preload, without IPC.
        refused(await bridge.invoke('fs:read', { path: '/etc/passwd' }), 'unknown-channel');
        assert.equal(toMain.length, 0);
        assert.deepEqual(await bridge.invoke('app:info', {}), { ok: true, value: 'from main' });
        assert.deepEqual(toMain, [{ channel: 'app:info', args: [{}] }]);
        // Menu commands reach the listener without the IPC event; unsubscribing removes the one listener.
        const got: unknown[][] = [];
        const off = bridge.onMenuCommand((...args) => got.push(args));
        assert.equal(side.listeners.get(MENU_EVENT)?.size, 1);
        side.deliver(MENU_EVENT, ['plan-save']);
        assert.deepEqual(got, [['plan-save']]);
        off();
        assert.equal(side.listeners.get(MENU_EVENT)?.size, 0);
      },
    );

    // -------------------------------------------------------------------------------------- scenario A
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
      appPath: appDir,
      paths: paths(dir('default-userData')),
      isPackaged: options.packaged,
      page: printPage,
      runPreload: (contents, preload) => {
        const run = runPreloadSandboxed(preload, contents.renderer!.electron);
        if (run.globalsAdded.length > 0) throw new Error(`preload leaked globals ${run.globalsAdded.join(', ')}`);
      },
    });
    started.push(standIn);
    const { app } = standIn;
    const argv = [process.execPath, ...(options.packaged ? [] : ['.']), argvPlan];

    await check(
      'main.cjs loads with electron = stand-in (no throw at load, no electron API the stand-in lacks)',
      () => {
        withProcess(argv, { ACUPOINT_USER_DATA: userData }, () => loadMainBundle(mainFile, standIn.electron));
        assert.deepEqual(standIn.missing, []);
      },
    );

    await check(
      'before ready: app:// registered privileged (standard, secure, fetch), single-instance lock asked, userData from ACUPOINT_USER_DATA, nothing else started',
      () => {
        assert.equal(standIn.privilegedSchemes.length, 1);
        const [scheme] = standIn.privilegedSchemes;
        assert.equal(scheme?.scheme, APP_SCHEME);
        assert.equal(scheme?.privileges?.standard, true);
        assert.equal(scheme?.privileges?.secure, true);
        assert.equal(scheme?.privileges?.supportFetchAPI, true);
        assert.equal(standIn.calls.filter((c) => c.api === 'app.requestSingleInstanceLock').length, 1);
        assert.equal(standIn.getPath('userData'), userData);
        for (const event of ['second-instance', 'open-file', 'window-all-closed', 'web-contents-created']) {
          assert.ok(app.listenerCount(event) >= 1, `no '${event}' listener`);
        }
        assert.equal(standIn.windows.length, 0);
        assert.equal(standIn.ipcHandlers.size, 0);
        assert.equal(standIn.protocolHandlers.size, 0);
      },
    );

    const receivedByRenderer: unknown[] = [];
    let main!: StandInWindow;
    let host!: Host;
    await check(
      'app ready: the main window is created, loads app://bundle/index.html and shows on ready-to-show',
      async () => {
        app.becomeReady();
        await waitFor('main window shown', () => standIn.windows[0]?.visible === true);
        main = standIn.windows[0]!;
        assert.equal(main.webContents.getURL(), `${APP_ORIGIN}/index.html`);
        assert.equal(main.webContents.loads.length, 1);
        assert.equal(main.webContents.loads[0]?.status, 200);
        assert.deepEqual(main.webContents.preloadErrors, []);
        host = main.webContents.renderer?.world.get(BRIDGE_GLOBAL) as Host;
        assert.ok(host, 'the main window page has no window.acupointHost (preload not run?)');
        host.onMenuCommand((command) => receivedByRenderer.push(command));
      },
    );

    await check(
      `every host channel registered exactly once (${CHANNEL_NAMES.length}, as electron/contract/channels.ts lists)`,
      () => {
        const counts = new Map<string, number>();
        for (const c of standIn.handleCalls) counts.set(c, (counts.get(c) ?? 0) + 1);
        const twice = [...counts].filter(([, n]) => n > 1).map(([c]) => c);
        assert.deepEqual(twice, [], `registered more than once: ${twice.join(', ')}`);
        const missing = CHANNEL_NAMES.filter((c) => !counts.has(c));
        assert.deepEqual(missing, [], `not registered: ${missing.join(', ')}`);
        const extra = [...counts.keys()].filter((c) => !(CHANNEL_NAMES as readonly string[]).includes(c));
        assert.deepEqual(extra, [], `registered but not in the contract: ${extra.join(', ')}`);
      },
    );

    await check(
      'main window: hardened options exactly as electron/main/window-options.ts builds them, preload = out/preload/preload.cjs',
      () => {
        const web = main.options.webPreferences ?? {};
        assert.equal(web.contextIsolation, true);
        assert.equal(web.sandbox, true);
        assert.equal(web.nodeIntegration, false);
        assert.equal(web.nodeIntegrationInWorker, false);
        assert.equal(web.nodeIntegrationInSubFrames, false);
        assert.equal(web.webSecurity, true);
        assert.equal(web.allowRunningInsecureContent, false);
        assert.equal(web.experimentalFeatures, false);
        assert.equal(web.webviewTag, false);
        assert.equal(web.navigateOnDragDrop, false);
        assert.equal(web.disableBlinkFeatures, 'Auxclick');
        assert.equal(main.options.show, false);
        assert.equal(web.preload, expectedPreload);
        assert.ok(existsSync(web.preload), `preload ${web.preload} does not exist`);
        assert.deepEqual(
          main.options,
          createSecureWindow(RecordingWindow, expectedPreload, { width: 1440, height: 900 }).options,
        );
      },
    );

    const csp = buildCsp('header');
    const indexHtml = await readFile(path.join(rendererDir, 'index.html'));
    await check(
      'renderer protocol: app://bundle/index.html (and /) served from out/renderer with the CSP header and nosniff',
      async () => {
        for (const url of [`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/`]) {
          const response = await standIn.request(url);
          assert.equal(response.status, 200, url);
          assert.equal(response.headers.get('content-security-policy'), csp, `${url}: CSP header`);
          assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
          assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
          assert.ok(Buffer.from(await response.arrayBuffer()).equals(indexHtml), `${url}: not out/renderer/index.html`);
        }
        assert.equal(
          main.webContents.loads[0]?.headers?.['content-security-policy'],
          csp,
          'the main window page came without its CSP',
        );
      },
    );

    await check(
      'renderer protocol: every script, style and icon index.html references is served, typed, with the CSP',
      async () => {
        const refs = [...indexHtml.toString('utf8').matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
        assert.ok(refs.length >= 2, `index.html references ${refs.join(', ')}`);
        for (const ref of refs) {
          const response = await standIn.request(`${APP_ORIGIN}/${ref}`);
          assert.equal(response.status, 200, ref);
          assert.equal(response.headers.get('content-security-policy'), csp, ref);
          assert.notEqual(response.headers.get('content-type'), 'application/octet-stream', ref);
        }
      },
    );

    await check(
      'renderer protocol: traversal, encoded separators, NUL, other hosts and missing files are refused (404)',
      async () => {
        const hostile = [
          `${APP_ORIGIN}/../../package.json`,
          `${APP_ORIGIN}/..%2f..%2fpackage.json`,
          `${APP_ORIGIN}/%2e%2e%2f%2e%2e%2fpackage.json`,
          `${APP_ORIGIN}/assets/..%2F..%2F..%2Fpackage.json`,
          `${APP_ORIGIN}/..%5c..%5cpackage.json`,
          `${APP_ORIGIN}/index.html%00.png`,
          `${APP_ORIGIN}/%2Fetc%2Fpasswd`,
          `${APP_ORIGIN}/%E0%A4%A`,
          `${APP_SCHEME}://evil/index.html`,
          `${APP_ORIGIN}/no-such-file.js`,
        ];
        for (const url of hostile) {
          const response = await standIn.request(url);
          assert.equal(response.status, 404, `${url} answered ${response.status}`);
          assert.equal(await response.text(), 'Not found', url);
        }
      },
    );

    await check('session hardened: permissions denied, every http(s)/ws(s) request cancelled', () => {
      const s = standIn.session;
      let granted: boolean | undefined;
      s.permissionRequest?.(
        {},
        'media',
        (g) => {
          granted = g;
        },
        {},
      );
      assert.equal(granted, false);
      assert.equal(s.permissionCheck?.(), false);
      assert.equal(s.devicePermission?.(), false);
      assert.equal(s.beforeRequest.length, 1);
      const [rule] = s.beforeRequest;
      for (const pattern of ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'])
        assert.ok(rule?.filter.urls.includes(pattern), pattern);
      let answer: unknown;
      rule?.listener({ url: 'https://example.org/' }, (r) => {
        answer = r;
      });
      assert.deepEqual(answer, { cancel: true });
    });

    await check(
      'web contents hardened: navigation away refused (safe web links go to the system browser), new windows and webviews denied',
      () => {
        const contents = main.webContents;
        const cases: Array<[string, 'allow' | 'external' | 'deny']> = [
          [`${APP_ORIGIN}/index.html#/plans`, 'allow'],
          ['file:///etc/passwd', 'deny'],
          ['https://example.org/ref?a=1', 'external'],
          ['javascript:alert(1)', 'deny'],
          ['http://user:pw@example.org/', 'deny'],
          [`${APP_SCHEME}://evil/index.html`, 'deny'],
        ];
        for (const [url, expected] of cases) {
          for (const event of ['will-navigate', 'will-redirect']) {
            const before = standIn.openedExternal.length;
            const e = standInEvent();
            contents.emit(event, e, url);
            assert.equal(e.defaultPrevented, expected !== 'allow', `${event} ${url}`);
            assert.deepEqual(
              standIn.openedExternal.slice(before),
              expected === 'external' ? [new URL(url).href] : [],
              `${event} ${url}: openExternal`,
            );
          }
        }
        const webview = standInEvent();
        contents.emit('will-attach-webview', webview, {}, {});
        assert.ok(webview.defaultPrevented, 'webview not refused');
        assert.ok(contents.windowOpenHandler, 'no window open handler');
        const before = standIn.openedExternal.length;
        assert.deepEqual(contents.windowOpenHandler({ url: 'https://example.org/x' }), { action: 'deny' });
        assert.deepEqual(contents.windowOpenHandler({ url: 'file:///etc/passwd' }), { action: 'deny' });
        assert.deepEqual(standIn.openedExternal.slice(before), ['https://example.org/x']);
      },
    );

    await check(
      'unsaved plan on close (will-prevent-unload): asks with a message box on the main window; "Close without saving" unloads',
      () => {
        standIn.answers.messageBox.push(1, 0);
        const leave = standInEvent();
        main.webContents.emit('will-prevent-unload', leave);
        assert.ok(leave.defaultPrevented);
        const stay = standInEvent();
        main.webContents.emit('will-prevent-unload', stay);
        assert.ok(!stay.defaultPrevented);
        const boxes = standIn.dialogs.filter((d) => d.kind === 'message');
        assert.equal(boxes.length, 2);
        assert.equal(boxes[0]?.parent, main);
      },
    );

    const recentOf = (items: readonly Item[] | undefined): Item[] => submenu(submenu(items, '&File'), 'Open &Recent');
    const latestMenu = (): Item[] | undefined => standIn.applicationMenus.at(-1)?.items;
    await check(
      'menu: set at once (Open Recent empty), then Open Recent fills from the plans folder; an entry opens its plan',
      async () => {
        assert.ok(standIn.applicationMenus.length >= 1);
        assert.deepEqual(
          recentOf(standIn.applicationMenus[0]?.items).map((i) => i.label),
          ['No Recent Plans'],
        );
        await waitFor('Open Recent filled', () =>
          recentOf(latestMenu()).some((i) => i.label?.startsWith('1. Example Patient (fictional), 2026-11-20')),
        );
        const items = latestMenu();
        const recent = recentOf(items);
        assert.equal(recent.length, 1);
        click(recent[0]);
        const view = submenu(items, '&View');
        assert.equal(
          view.some((i) => i.role === 'toggleDevTools'),
          !options.packaged,
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

    await check(
      'app:info through the registered ipcMain handler (trusted frame) returns the real app info',
      async () => {
        const info = ok(await host.invoke('app:info', {}));
        assert.deepEqual(info, {
          name: APP_NAME,
          version,
          host: 'electron',
          platform: process.platform,
          versions: { node: process.versions.node },
          dataDir: plansDir,
        });
      },
    );

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

    await check(
      'every registered channel goes through the gate: a malformed request is refused as bad-request',
      async () => {
        for (const channel of CHANNEL_NAMES) refused(await host.invoke(channel, { unexpected: true }), 'bad-request');
      },
    );

    const planFile = path.join(plansDir, `${SEEDED_ID}.acuplan`);
    let duplicateId = '';
    await check(
      'plans channels reach the real plan store in the temp userData: list, open, save (file written, .bak kept), duplicate, delete → trash, restore',
      async () => {
        const list = ok<{ plans: Array<{ id: string }> }>(await host.invoke('plans:list', {}));
        assert.deepEqual(list.plans.map((p) => p.id).sort(), [LEGACY_ID, SECOND_ID, SEEDED_ID].sort());
        const plan = ok<{ id: string; clinician: string }>(await host.invoke('plans:open', { id: SEEDED_ID }));
        assert.equal(plan.id, SEEDED_ID);
        const saved = ok<{ clinician: string }>(
          await host.invoke('plans:save', { plan: { ...plan, clinician: 'Stand-in Clinician' } }),
        );
        assert.equal(saved.clinician, 'Stand-in Clinician');
        assert.ok(
          readFileSync(planFile, 'utf8').includes('Stand-in Clinician'),
          'plans:save did not write the plan file',
        );
        assert.ok(existsSync(`${planFile}.bak`), 'no .bak of the previous version');
        duplicateId = ok<{ id: string }>(await host.invoke('plans:duplicate', { id: SEEDED_ID })).id;
        assert.notEqual(duplicateId, SEEDED_ID);
        assert.ok(existsSync(path.join(plansDir, `${duplicateId}.acuplan`)));
        assert.deepEqual(ok(await host.invoke('plans:delete', { id: duplicateId })), { done: true });
        assert.ok(
          existsSync(path.join(plansDir, 'trash', `${duplicateId}.acuplan`)) &&
            !existsSync(path.join(plansDir, `${duplicateId}.acuplan`)),
        );
        assert.deepEqual(ok(await host.invoke('plans:restore', { id: duplicateId })), { done: true });
        assert.ok(existsSync(path.join(plansDir, `${duplicateId}.acuplan`)));
      },
    );

    await check(
      'plans:versions and plans:resolve: a hand-made copy is a second version; keep-one moves it to the trash',
      async () => {
        const copy = `${SEEDED_ID} (1).acuplan`;
        await copyFile(planFile, path.join(plansDir, copy));
        const { versions } = ok<{ versions: Array<{ file: string }> }>(
          await host.invoke('plans:versions', { id: SEEDED_ID }),
        );
        assert.deepEqual(
          versions.map((v) => v.file),
          [`${SEEDED_ID}.acuplan`, copy],
        );
        const resolved = ok<{ kept: { id: string }; copies: unknown[] }>(
          await host.invoke('plans:resolve', { id: SEEDED_ID, keep: `${SEEDED_ID}.acuplan`, mode: 'keep-one' }),
        );
        assert.equal(resolved.kept.id, SEEDED_ID);
        assert.deepEqual(resolved.copies, []);
        assert.ok(!existsSync(path.join(plansDir, copy)));
      },
    );

    await check(
      'plans:import and plans:export-file: dialogs owned by main (parent = main window); cancel stores/writes nothing',
      async () => {
        standIn.answers.open.push([path.join(inbox, 'import-me.acuplan')]);
        const imported = ok<{ plan?: { id: string } }>(await host.invoke('plans:import', {}));
        assert.ok(imported.plan && imported.plan.id !== SEEDED_ID, 'a plan with a taken id is imported under a new id');
        assert.ok(existsSync(path.join(plansDir, `${imported.plan.id}.acuplan`)));
        assert.deepEqual(ok(await host.invoke('plans:import', {})), {});
        const target = path.join(dir('exports'), 'exported.acuplan');
        standIn.answers.save.push(target);
        assert.deepEqual(ok(await host.invoke('plans:export-file', { id: SEEDED_ID })), { saved: true, path: target });
        assert.equal((JSON.parse(readFileSync(target, 'utf8')) as { id: string }).id, SEEDED_ID);
        assert.deepEqual(ok(await host.invoke('plans:export-file', { id: SEEDED_ID })), { saved: false });
        const fileDialogs = standIn.dialogs.filter((d) => d.kind === 'open' || d.kind === 'save');
        assert.equal(fileDialogs.length, 4);
        assert.ok(
          fileDialogs.every((d) => d.parent === main),
          'a file dialog was not parented to the main window',
        );
        const saveOptions = fileDialogs[2]?.options as { defaultPath: string };
        assert.equal(path.dirname(saveOptions.defaultPath), dir('documents'));
        assert.match(path.basename(saveOptions.defaultPath), /^2026-11-20 Example Patient fictional plan\.acuplan$/);
      },
    );

    await check('settings:get / settings:set reach the real settings store (settings.json in userData)', async () => {
      const { settings } = ok<{ settings: { paper: string } }>(await host.invoke('settings:get', {}));
      assert.equal(settings.paper, 'A4');
      assert.equal(
        ok<{ paper: string }>(await host.invoke('settings:set', { patch: { paper: 'Letter' } })).paper,
        'Letter',
      );
      assert.equal(
        (JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8')) as { paper: string }).paper,
        'Letter',
      );
    });

    await check(
      'plans:export-pdf: the warm print window shows the plan route, the page reads the plan via its bridge, printToPDF → %PDF file; back to idle',
      async () => {
        const windowsBefore = standIn.windows.length;
        const target = path.join(dir('exports'), 'plan.pdf');
        standIn.answers.save.push(target);
        assert.deepEqual(ok(await host.invoke('plans:export-pdf', { id: SEEDED_ID, paper: 'A4' })), {
          saved: true,
          path: target,
        });
        assert.ok(
          readFileSync(target).subarray(0, 8).toString('latin1').startsWith('%PDF-1.4'),
          'the written file is not the PDF',
        );
        assert.equal(standIn.windows.length, windowsBefore, 'a second print window was opened');
        const [call] = print.webContents.printCalls;
        assert.ok(call, 'printToPDF not called on the print window');
        assert.equal(call.pageSize, 'A4');
        assert.equal(call.printBackground, true);
        assert.equal(call.displayHeaderFooter, true);
        assert.equal(call.generateTaggedPDF, true);
        assert.equal(call.generateDocumentOutline, true);
        assert.ok(call.footerTemplate?.includes('pageNumber') && call.margins?.top !== undefined);
        assert.ok(
          print.webContents.renderer?.invokes.some((i) => i.channel === 'plans:open'),
          'the print page did not read the plan through the bridge',
        );
        const dialog = standIn.dialogs.filter((d) => d.kind === 'save').at(-1);
        assert.equal(dialog?.parent, main, 'the PDF save dialog is not parented to the main window');
        assert.match((dialog?.options as { defaultPath: string }).defaultPath, /plan\.pdf$/);
        await waitFor('print window back on the idle route', () =>
          /#\/print\?paper=a4&job=/.test(print.webContents.getURL()),
        );
      },
    );

    await check(
      'plans:export-pdf again (handout, Letter): same print window, Letter page, handout route; a cancelled save writes nothing',
      async () => {
        const target = path.join(dir('exports'), 'handout.pdf');
        standIn.answers.save.push(target);
        assert.deepEqual(
          ok(
            await host.invoke('plans:export-pdf', {
              id: SEEDED_ID,
              paper: 'Letter',
              document: 'handout',
              homeCare: [0],
            }),
          ),
          { saved: true, path: target },
        );
        assert.equal(print.webContents.printCalls.at(-1)?.pageSize, 'Letter');
        assert.ok(
          print.webContents.scripts.some((s) =>
            s.includes(`#/print/${SEEDED_ID}?paper=letter&doc=handout&items=0&job=`),
          ),
        );
        assert.ok(existsSync(target));
        assert.deepEqual(ok(await host.invoke('plans:export-pdf', { id: SEEDED_ID, paper: 'A4' })), { saved: false });
        assert.equal(print.webContents.loads.length, 1, 'the kept print page was reloaded instead of switching routes');
      },
    );

    await check(
      'foreign sender frames are refused (other origin, file:, app://other, no frame), before the request is even read',
      async () => {
        const before = readFileSync(planFile, 'utf8');
        for (const frame of [
          'https://evil.example/',
          `file://${rendererDir}/index.html`,
          `${APP_SCHEME}://evil/index.html`,
          `${APP_SCHEME}://user:pw@bundle/index.html`,
          null,
        ]) {
          refused(await standIn.invokeFrom(frame, 'app:info', {}), 'forbidden-sender');
          refused(await standIn.invokeFrom(frame, 'plans:save', { plan: { id: SEEDED_ID } }), 'forbidden-sender');
        }
        assert.equal(readFileSync(planFile, 'utf8'), before);
        await assert.rejects(
          standIn.invokeFrom(`${APP_ORIGIN}/index.html`, 'fs:read', {}),
          /No handler registered for 'fs:read'/,
        );
      },
    );

    await check('Open Recent follows plan changes (re-read after the burst settles)', async () => {
      await waitFor('Open Recent updated', () => recentOf(latestMenu()).length >= 4, 4000);
      const labels = recentOf(latestMenu()).map((i) => i.label ?? '');
      assert.ok(labels.length <= 8 && labels.every((l, i) => l.startsWith(`${i + 1}. `)), labels.join(' | '));
      assert.ok(
        labels.some((l) => l.includes('Second Instance (fictional)')),
        labels.join(' | '),
      );
    });

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
          isPackaged: options.packaged,
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
          isPackaged: options.packaged,
        });
        started.push(c);
        withProcess(argv, { ACUPOINT_USER_DATA: userDataC }, () => loadMainBundle(mainFile, c.electron));
        c.app.becomeReady();
        await waitFor('quit after the lock was refused', () => c.quitState() === 'quit');
        const box = c.dialogs.find((d) => d.kind === 'error')?.options as
          { title: string; content: string } | undefined;
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
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (failed) {
      for (const s of started) {
        try {
          s.app.quit();
        } catch {
          // already broken: the failure is reported as it is
        }
      }
      await sleep(200);
    }
    console.error = consoleError;
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    // A cleanup problem never hides the check that failed.
    await rm(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }).catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
  return count;
}
