import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../electron/contract/host-api';
import { createGate } from '../../../electron/services/handler-gate';
import { createPendingFiles, planFilesFromArgv } from '../../../electron/services/launch-files';
import { createServices } from '../../../electron/services/services';
import { FIXTURE_FILE, fixturePlan, tempDir } from '../plans/plan-test-kit';

describe('plan files from process arguments', () => {
  const cwd = path.resolve('/home/clin/Documents');

  it('takes .acuplan paths (any case), resolved against the launch folder, and skips the executable', () => {
    const argv = ['/opt/Acupoint Reference/acupoint-reference', 'knee.acuplan', '/tmp/Back Pain.ACUPLAN'];
    expect(planFilesFromArgv(argv, cwd)).toEqual([
      path.join(cwd, 'knee.acuplan'),
      path.resolve('/tmp/Back Pain.ACUPLAN'),
    ]);
  });

  it('ignores Chromium flags, the dev app path and other files', () => {
    const argv = [
      'electron',
      '.',
      '--allow-file-access-from-files',
      '--type=renderer',
      'notes.txt',
      'x.acuplan.exe',
      '-psn_0_123',
      'a.acuplan',
    ];
    expect(planFilesFromArgv(argv, cwd)).toEqual([path.join(cwd, 'a.acuplan')]);
  });

  // POSIX paths: Windows turns a file URL with a host into a UNC path instead of refusing it.
  it.skipIf(process.platform === 'win32')(
    'accepts file:// URLs (some Linux file managers) and drops ones naming another host',
    () => {
      expect(
        planFilesFromArgv(['exe', 'file:///tmp/plan%20one.acuplan', 'file://remote-host/share/x.acuplan'], cwd),
      ).toEqual(['/tmp/plan one.acuplan']);
    },
  );

  it('queues files in arrival order without repeats and hands them over once', () => {
    const pending = createPendingFiles();
    pending.add(['/a.acuplan', '/b.acuplan']);
    pending.add(['/a.acuplan', '/c.txt', '/c.acuplan']);
    expect(pending.size).toBe(3);
    expect(pending.take()).toEqual(['/a.acuplan', '/b.acuplan', '/c.acuplan']);
    expect(pending.take()).toEqual([]);
  });
});

describe('plans:take-opened', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(async () => cleanup());

  const setup = () => {
    const pending = createPendingFiles();
    const gate = createGate({
      handlers: createServices({
        appInfo: {
          name: 'A',
          version: '1',
          host: 'browser',
          platform: 'linux',
          versions: {},
          dataDir: path.join(dir, 'plans'),
        },
        pending,
      }),
      isTrustedSender: () => true,
    });
    const take = async (): Promise<ResponseOf<'plans:take-opened'>> => {
      const result = await gate('plans:take-opened', 'app://bundle/', {});
      if (!result.ok) throw new Error(result.message);
      return result.value as ResponseOf<'plans:take-opened'>;
    };
    return { pending, take };
  };

  it('stores and reports a good file, and reports a bad one by name without its contents', async () => {
    const { pending, take } = setup();
    const broken = path.join(dir, 'broken.acuplan');
    await writeFile(broken, '{"schemaVersion":1, "patient": "Jane Secret"');
    pending.add([FIXTURE_FILE, broken, path.join(dir, 'gone.acuplan')]);
    const result = await take();
    expect(result.plans.map((p) => p.id)).toEqual([fixturePlan().id]);
    expect(result.problems.map((p) => p.file)).toEqual(['broken.acuplan', 'gone.acuplan']);
    expect(result.problems[1]?.message).toBe('gone.acuplan could not be found.');
    expect(JSON.stringify(result.problems)).not.toContain('Jane');
    expect(await take()).toEqual({ plans: [], problems: [] });
  });

  it('opening the same file twice reopens the stored plan; an edited stored plan is kept and the file opens as a copy', async () => {
    const { pending, take } = setup();
    pending.add([FIXTURE_FILE]);
    const first = await take();
    pending.add([FIXTURE_FILE]);
    const again = await take();
    expect(again.plans[0]?.id).toBe(first.plans[0]?.id);

    const services = createServices({
      appInfo: {
        name: 'A',
        version: '1',
        host: 'browser',
        platform: 'linux',
        versions: {},
        dataDir: path.join(dir, 'plans'),
      },
    });
    await services['plans:save']({ plan: { ...fixturePlan(), notes: 'edited after opening' } });
    pending.add([FIXTURE_FILE]);
    const third = await take();
    expect(third.plans[0]?.id).not.toBe(fixturePlan().id);
    const kept = await services['plans:open']({ id: fixturePlan().id });
    expect(kept.notes).toBe('edited after opening');
  });
});
