import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGate } from '../../../electron/services/handler-gate';
import { createServices } from '../../../electron/services/services';
import { fixturePlan, tempDir } from '../plans/plan-test-kit';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => cleanup());

const gateFor = (dataDir: string) =>
  createGate({
    handlers: createServices({
      appInfo: { name: 'A', version: '1', host: 'browser', platform: 'linux', versions: {}, dataDir },
    }),
    isTrustedSender: () => true,
  });

describe('plan channels through the gate', () => {
  it('save → list → open → duplicate → delete → restore on real files', async () => {
    const gate = gateFor(dir);
    const plan = fixturePlan();
    expect(await gate('plans:save', 'app://bundle/', { plan })).toMatchObject({ ok: true, value: { id: plan.id } });
    expect(await gate('plans:list', 'app://bundle/', {})).toMatchObject({
      ok: true,
      value: { plans: [{ id: plan.id, pointCount: 4 }], problems: [] },
    });
    expect(await gate('plans:open', 'app://bundle/', { id: plan.id })).toMatchObject({
      ok: true,
      value: { notes: plan.notes },
    });
    const copy = await gate('plans:duplicate', 'app://bundle/', { id: plan.id });
    expect(copy.ok).toBe(true);
    expect(await gate('plans:delete', 'app://bundle/', { id: plan.id })).toEqual({ ok: true, value: { done: true } });
    expect(await readdir(path.join(dir, 'trash'))).toContain(`${plan.id}.acuplan`);
    expect(await gate('plans:restore', 'app://bundle/', { id: plan.id })).toEqual({ ok: true, value: { done: true } });
  });

  it('refuses invalid plans and hostile ids with clear messages', async () => {
    const gate = gateFor(dir);
    expect(await gate('plans:save', 'app://bundle/', { plan: { ...fixturePlan(), points: 'all' } })).toMatchObject({
      ok: false,
      code: 'bad-request',
    });
    expect(await gate('plans:open', 'app://bundle/', { id: '../../etc/passwd' })).toEqual({
      ok: false,
      code: 'failed',
      message: 'That is not a valid plan id.',
    });
    expect(await gate('plans:open', 'app://bundle/', { id: 'plan-missing-0001' })).toEqual({
      ok: false,
      code: 'failed',
      message: 'That plan no longer exists.',
    });
  });
});

describe('plan file import and export through the gate', () => {
  it('imports the chosen file as a stored plan and exports one where the host chose; cancel does nothing', async () => {
    const { FIXTURE_FILE } = await import('../plans/plan-test-kit');
    const chosen: string[] = [];
    const gate = createGate({
      handlers: createServices({
        appInfo: { name: 'A', version: '1', host: 'browser', platform: 'linux', versions: {}, dataDir: dir },
        files: {
          chooseImport: async () => FIXTURE_FILE,
          chooseExport: async (name) => {
            chosen.push(name);
            return path.join(dir, 'shared.acuplan');
          },
        },
      }),
      isTrustedSender: () => true,
    });
    const imported = await gate('plans:import', 'app://bundle/', {});
    expect(imported).toMatchObject({ ok: true, value: { plan: { id: fixturePlan().id } } });
    expect(await gate('plans:export-file', 'app://bundle/', { id: fixturePlan().id })).toEqual({
      ok: true,
      value: { saved: true, path: path.join(dir, 'shared.acuplan') },
    });
    expect(chosen).toEqual(['2026-11-20 Example Patient fictional plan.acuplan']);
    const cancelling = createGate({
      handlers: createServices({
        appInfo: { name: 'A', version: '1', host: 'browser', platform: 'linux', versions: {}, dataDir: dir },
        files: { chooseImport: async () => undefined, chooseExport: async () => undefined },
      }),
      isTrustedSender: () => true,
    });
    expect(await cancelling('plans:import', 'app://bundle/', {})).toEqual({ ok: true, value: {} });
    expect(await cancelling('plans:export-file', 'app://bundle/', { id: fixturePlan().id })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await gateFor(dir)('plans:import', 'app://bundle/', {})).toMatchObject({
      ok: false,
      code: 'failed',
      message: expect.stringContaining('not available'),
    });
  });
});
