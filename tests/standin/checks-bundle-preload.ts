// Stand-in start-up checks (tests/standin/startup.ts), the bundle as built: the app folder holds the main,
// preload and renderer builds, and the preload alone, run sandboxed, exposes only the host bridge.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BRIDGE_GLOBAL, MENU_EVENT } from '../../electron/contract/channels';
import { createRendererStandIn } from './electron-standin';
import { refused, type Harness, type Host, type Target } from './harness';
import { runPreloadSandboxed, SANDBOX_PRELOAD_MODULES } from './load-bundle';

export async function checkBundleAndPreload(h: Harness, t: Target): Promise<void> {
  const { check } = h;
  const { appDir, mainFile, expectedPreload, rendererDir } = t;
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
}
