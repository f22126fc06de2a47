import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates folders and writes the content', async () => {
    const file = path.join(dir, 'a', 'b', 'state.json');
    await writeFileAtomic(file, '{"v":1}');
    expect(await readFile(file, 'utf8')).toBe('{"v":1}');
  });

  it('concurrent writers each leave one complete version and no temp files', async () => {
    const file = path.join(dir, 'state.json');
    const versions = Array.from({ length: 25 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(10_000 + i) }));
    await Promise.all(versions.map((v) => writeFileAtomic(file, v)));
    expect(versions).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('fails cleanly when the target is a folder, leaving no temp file', async () => {
    const target = path.join(dir, 'taken');
    await writeFileAtomic(path.join(target, 'inner.txt'), 'x');
    await expect(writeFileAtomic(target, 'y')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });
});
