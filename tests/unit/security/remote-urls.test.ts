import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findRemoteUrls } from '../../security/remote-urls';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'remote-'));
  await mkdir(path.join(dir, 'assets'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findRemoteUrls', () => {
  it('flags remote references in html, css and scripts, and lets known identifiers through', async () => {
    await writeFile(
      path.join(dir, 'index.html'),
      '<link href="https://fonts.googleapis.com/css?family=Inter"><script src="./a.js"></script>',
    );
    await writeFile(path.join(dir, 'assets', 'a.css'), '@font-face{src:url(https://fonts.gstatic.com/x.woff2)}');
    await writeFile(
      path.join(dir, 'assets', 'a.js'),
      [
        'const ns="http://www.w3.org/2000/svg";',
        'const doc="https://react.dev/errors/418";',
        'fetch("https://cdn.jsdelivr.net/npm/draco/decoder.js");',
        'const f=`http://[${h}]`;',
      ].join('\n'),
    );
    const found = (await findRemoteUrls(dir)).map((r) => `${r.file} ${r.url}`).sort();
    expect(found).toEqual([
      `${path.join('assets', 'a.css')} https://fonts.gstatic.com/x.woff2`,
      `${path.join('assets', 'a.js')} https://cdn.jsdelivr.net/npm/draco/decoder.js`,
      'index.html https://fonts.googleapis.com/css?family=Inter',
    ]);
  });

  it('does not excuse a namespace-looking URL inside html', async () => {
    await writeFile(path.join(dir, 'index.html'), '<img src="https://react.dev/errors/logo.png">');
    expect(await findRemoteUrls(dir)).toHaveLength(1);
  });
});
