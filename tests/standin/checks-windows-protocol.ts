// Stand-in start-up checks (tests/standin/startup.ts), scenario A from load to the first page: main loads
// with the stand-in, what it does before and at ready, the main window's options, the app:// protocol,
// the session and web contents hardening, and the unsaved-plan prompt on close.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BRIDGE_GLOBAL, CHANNEL_NAMES } from '../../electron/contract/channels';
import { APP_ORIGIN, APP_SCHEME } from '../../electron/common/url-policy';
import { createSecureWindow } from '../../electron/main/window-options';
import { standInEvent, type StandInWindow } from './electron-standin';
import {
  RecordingWindow,
  withProcess,
  type Harness,
  type Host,
  type Scenario,
  type Started,
  type Target,
} from './harness';
import { loadMainBundle } from './load-bundle';

export async function checkLoadWindowsAndProtocol(h: Harness, t: Target, s: Scenario): Promise<Started> {
  const { check, waitFor } = h;
  const { mainFile, expectedPreload, rendererDir, csp } = t;
  const { standIn, app, argv, userData } = s;
  await check('main.cjs loads with electron = stand-in (no throw at load, no electron API the stand-in lacks)', () => {
    withProcess(argv, { ACUPOINT_USER_DATA: userData }, () => loadMainBundle(mainFile, standIn.electron));
    assert.deepEqual(standIn.missing, []);
  });

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

  return { main, host, receivedByRenderer };
}
