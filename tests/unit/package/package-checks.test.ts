import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { writeIcns } from '../../../electron/cli/icons/icns-writer';
import { writeIco } from '../../../electron/cli/icons/ico-writer';
import {
  checkAsar,
  checkConfig,
  pickSentinels,
  type AsarView,
  type ProjectFiles,
  REQUIRED_IN_ASAR,
} from '../../package/package-checks';
import { projectFiles } from '../../package/project-files';
import { fakePng } from './fake-png';

const config = createRequire(import.meta.url)('../../../electron-builder.config.cjs') as Configuration;
const repo = projectFiles(path.resolve(import.meta.dirname, '../../..'));

/** The real project with some files replaced (Uint8Array) or removed (null). */
const patched = (changes: Record<string, Uint8Array | null>): ProjectFiles => ({
  read: (rel) => (rel in changes ? (changes[rel] ?? undefined) : repo.read(rel)),
  list: (rel) => repo.list(rel)?.filter((name) => changes[`${rel}/${name}`] !== null),
});

describe('checkConfig', () => {
  it('the project configuration passes', () => {
    expect(checkConfig(config, repo)).toEqual([]);
  });

  it('catches a fuse switched back on, a missing target and a publish server', () => {
    const bad: Configuration = {
      ...config,
      electronFuses: { ...config.electronFuses, runAsNode: true },
      win: { ...config.win, target: ['portable'] },
      publish: { provider: 'generic', url: 'https://updates.invalid' },
    };
    expect(checkConfig(bad, repo)).toEqual([
      'fuse runAsNode must be false',
      'win target nsis missing',
      'publish must be null (no auto-update server)',
    ]);
  });

  it('catches icons that are missing, in the wrong format or lacking sizes', () => {
    const files = patched({
      'electron/resources/icon.icns': writeIcns([{ type: 'ic10', png: fakePng(1024) }]),
      'electron/resources/icon.ico': fakePng(256),
      'electron/resources/icons/48x48.png': fakePng(32),
      'electron/resources/icons/512x512.png': null,
    });
    const problems = checkConfig({ ...config, fileAssociations: undefined }, files).filter(
      (p) => !p.includes('association'),
    );
    expect(problems).toEqual([
      'electron/resources/icon.icns lacks the icp4 (16 px) image',
      'electron/resources/icon.icns lacks the icp5 (32 px) image',
      'electron/resources/icon.icns lacks the icp6 (64 px) image',
      'electron/resources/icon.icns lacks the ic07 (128 px) image',
      'electron/resources/icon.icns lacks the ic08 (256 px) image',
      'electron/resources/icon.icns lacks the ic09 (512 px) image',
      'electron/resources/icon.ico is not a valid ICO: not an ICO (reserved 0, type 1)',
      'linux icon 48x48.png is not a 48x48 PNG',
      'linux icon set lacks 512x512.png',
    ]);
  });

  it('catches icon settings naming the wrong kind of file or nothing', () => {
    const bad: Configuration = {
      ...config,
      mac: { ...config.mac, icon: 'electron/resources/icon.png' },
      win: { ...config.win, icon: 'electron/resources/missing.ico' },
      linux: { ...config.linux, icon: 'electron/resources/nowhere' },
    };
    expect(checkConfig(bad, repo)).toEqual([
      'mac.icon must name a .icns file',
      'win.icon electron/resources/missing.ico does not exist',
      'linux.icon electron/resources/nowhere is not a folder',
    ]);
  });

  it('an ICO entry whose PNG is not the size its directory says is caught', () => {
    const ico = writeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: fakePng(size) })));
    ico.writeUInt8(20, 6); // first entry now claims 20 px wide
    expect(checkConfig(config, patched({ 'electron/resources/icon.ico': ico }))).toEqual([
      'electron/resources/icon.ico lacks the 16x16 image',
      'electron/resources/icon.ico entry 20x16 is not a PNG of that size',
    ]);
  });

  it('requires the .acuplan association with its name, MIME type, role, description and icons', () => {
    expect(checkConfig({ ...config, fileAssociations: [{ ext: 'txt' }] }, repo)).toEqual([
      'no file association for .acuplan',
    ]);
    const sloppy: Configuration = {
      ...config,
      fileAssociations: {
        ext: '.acuplan',
        name: 'Plan',
        mimeType: 'application/json',
        role: 'Viewer',
        icon: 'electron/resources/plan',
      },
    };
    expect(checkConfig(sloppy, repo)).toEqual([
      '.acuplan association name must be "Acupoint session plan"',
      '.acuplan association mimeType must be "application/x-acuplan"',
      '.acuplan association role must be "Editor"',
      '.acuplan association needs a description (shown by Windows and the Linux MIME database)',
      '.acuplan icon electron/resources/plan.icns does not exist',
      '.acuplan icon electron/resources/plan.ico does not exist',
    ]);
  });
});

const glb = (() => {
  const b = Buffer.alloc(20);
  b.write('glTF', 0, 'latin1');
  b.writeUInt32LE(2, 4);
  b.writeUInt32LE(20, 8);
  return b;
})();
const sentinels = [{ source: 'points/data/points/lu.json', text: 'Upper chest, level with the 1st intercostal space' }];
const bundle = 'const a={code:`LU1`,location:{text:`Upper chest, level with the 1st intercostal space`}};';

function asar(contents: Record<string, string | Uint8Array>): AsarView {
  return {
    files: Object.keys(contents),
    read: (f) => {
      const c = contents[f];
      if (c === undefined) throw new Error(`no ${f}`);
      return typeof c === 'string' ? Buffer.from(c) : c;
    },
  };
}
const good: Record<string, string | Uint8Array> = {
  ...Object.fromEntries(REQUIRED_IN_ASAR.map((f) => [f, '{}'])),
  '/out/renderer/assets/index-abc.js': bundle,
  '/out/renderer/assets/inter-400.woff2': 'font',
  '/out/renderer/assets/female-slim-abc.glb': glb,
};

describe('checkAsar', () => {
  it('accepts an asar of built files holding the data and the model', () => {
    expect(checkAsar(asar(good), { sentinels, bodyModels: { 'female-slim': glb } })).toEqual([]);
  });

  it('rejects sources, tests, node_modules and source maps, and notices missing parts', () => {
    const rest = Object.fromEntries(Object.entries(good).filter(([f]) => f !== '/out/preload/preload.cjs'));
    const extra = {
      '/tests/e2e/app.spec.ts': '',
      '/node_modules/react/index.js': '',
      '/out/main/main.cjs.map': '',
      '/electron/main/main.ts': '',
      '/out/renderer/fixtures/plan.acuplan': '',
    };
    expect(checkAsar(asar({ ...rest, ...extra }), { sentinels, bodyModels: { 'female-slim': glb } })).toEqual([
      'asar lacks /out/preload/preload.cjs',
      'asar must not contain /tests/e2e/app.spec.ts',
      'asar must not contain /node_modules/react/index.js',
      'asar must not contain /out/main/main.cjs.map',
      'asar must not contain /electron/main/main.ts',
      'asar must not contain /out/renderer/fixtures/plan.acuplan',
    ]);
  });

  it('notices knowledge-base data missing from the renderer bundle', () => {
    const without = { ...good, '/out/renderer/assets/index-abc.js': 'const a={code:`LU1`};' };
    expect(checkAsar(asar(without), { sentinels, bodyModels: { 'female-slim': glb } })).toEqual([
      'renderer bundle lacks points/data/points/lu.json (1 of its strings missing, e.g. "Upper chest, level with the 1st intercostal space")',
    ]);
  });

  it('notices a missing, different or non-glTF body model', () => {
    const noModel = Object.fromEntries(Object.entries(good).filter(([f]) => !f.endsWith('.glb')));
    // another body present does not stand in for the one expected
    expect(
      checkAsar(asar({ ...noModel, '/out/renderer/assets/male-slim-abc.glb': glb }), {
        sentinels,
        bodyModels: { 'female-slim': glb },
      }),
    ).toEqual(['asar lacks the female-slim body model (female-slim-*.glb under /out/renderer)']);
    expect(checkAsar(asar(noModel), { sentinels, bodyModels: { 'female-slim': glb } })).toEqual([
      'asar lacks the female-slim body model (female-slim-*.glb under /out/renderer)',
    ]);
    const other = Buffer.from(glb);
    other[19] = 1;
    expect(checkAsar(asar(good), { sentinels, bodyModels: { 'female-slim': other } })).toEqual([
      'the female-slim body model in the asar (/out/renderer/assets/female-slim-abc.glb) differs from models/assets/bodies/female-slim.glb (a stale build? run `npm run build`)',
    ]);
    const pointer = Buffer.from('version https://git-lfs.github.com/spec/v1\n');
    expect(
      checkAsar(asar({ ...good, '/out/renderer/assets/female-slim-abc.glb': pointer }), {
        sentinels,
        bodyModels: { 'female-slim': pointer },
      }),
    ).toEqual(['/out/renderer/assets/female-slim-abc.glb is not a glTF 2.0 binary']);
  });
});

describe('pickSentinels', () => {
  it('takes long plain-ASCII strings a bundler keeps verbatim, spread through the file', () => {
    const data = {
      points: Array.from({ length: 9 }, (_, i) => ({
        code: `LU${i + 1}`,
        text: `location text number ${i + 1} of nine, plain`,
      })),
      skipped: [
        'short',
        'has a "quote" inside it, so no',
        'non-ASCII – en dash in this long string',
        'template ${x} in a long string here',
      ],
    };
    const picked = pickSentinels('lu.json', data, 3).map((s) => s.text);
    expect(picked).toEqual([
      'location text number 1 of nine, plain',
      'location text number 5 of nine, plain',
      'location text number 9 of nine, plain',
    ]);
  });
});
