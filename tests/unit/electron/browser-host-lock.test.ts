import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../electron/browser-host/browser-host';
import { acquireDataLock, LOCK_FILE_NAME } from '../../../electron/services/data-lock';
import { tempDir } from '../plans/plan-test-kit';

// Only the refusal is tested here: it happens before Chromium starts. Release on close() is covered by the
// e2e tests that restart a host on the same data folder.
describe('browser host and the data folder lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(async () => cleanup());

  it('refuses to start on a data folder another copy holds, naming the folder, and leaves that lock alone', async () => {
    const other = await acquireDataLock(dir);
    const before = await readFile(path.join(dir, LOCK_FILE_NAME), 'utf8');
    // A stand-in build (unit tests run before `npm run build`): the build check passes, the lock refuses.
    const rendererDir = path.join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const started = startBrowserHost({ dataDir: dir, rendererDir });
    // Should the refusal ever go missing, close what started rather than leak a browser.
    started.then(
      (host) => host.close(),
      () => undefined,
    );
    await expect(started).rejects.toThrow(`The data folder ${dir} is already in use`);
    expect(await readFile(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe(before);
    await other.release();
  });
});
