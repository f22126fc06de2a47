// `npm run test:package`: the packaging smoke check that can run offline. It validates the real
// electron-builder configuration by building `--dir` for Linux against a stub Electron directory (the
// binary cannot be downloaded here) with fuses off (flipping fuses needs the real binary), then opens the
// produced app.asar and checks its file list and contents. Then it extracts app.asar and starts the packaged
// main bundle with the stand-in Electron API (tests/standin, asar-standin.ts), so a path that only breaks in
// the packaged layout fails here. Installers are built on a networked machine (npm run package).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { build, Platform, type Configuration } from 'electron-builder';
import { BODY_VARIANTS } from '../../models/body/variants';
import { standinStartupFromAsar } from './asar-standin';
import { checkAsar, checkConfig, pickSentinels, type Sentinel } from './package-checks';
import { projectFiles } from './project-files';

const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs') as Configuration;
const root = process.cwd();
if (!existsSync(path.join(root, 'out/main/main.cjs'))) throw new Error('Run `npm run build` first.');

/** Strings from every knowledge-base JSON file under points/data, which must reach the renderer bundle. */
function knowledgeBaseSentinels(dir = path.join(root, 'points/data')): Sentinel[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return knowledgeBaseSentinels(file);
    if (!e.name.endsWith('.json')) return [];
    return pickSentinels(path.relative(root, file).replace(/\\/g, '/'), JSON.parse(readFileSync(file, 'utf8')));
  });
}

const problems = checkConfig(config, projectFiles(root));
const work = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pkg-'));
try {
  const stub = path.join(work, 'electron-stub');
  await mkdir(stub);
  await writeFile(
    path.join(stub, 'electron'),
    '#!/bin/sh\necho "stub electron used by the packaging smoke check" >&2\nexit 1\n',
  );
  await chmod(path.join(stub, 'electron'), 0o755);
  await writeFile(path.join(stub, 'version'), '45.4.1');
  const output = path.join(work, 'release');
  await build({
    targets: Platform.LINUX.createTarget('dir'),
    projectDir: root,
    config: {
      ...config,
      electronDist: stub,
      electronVersion: '45.4.1',
      electronFuses: undefined,
      directories: { ...config.directories, output },
    },
  });
  const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  if (!existsSync(asar)) problems.push(`no app.asar at ${asar}`);
  else {
    const files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    const view = { files, read: (file: string) => extractFile(asar, file.replace(/^\//, '')) };
    problems.push(
      ...checkAsar(view, {
        sentinels: knowledgeBaseSentinels(),
        bodyModels: Object.fromEntries(
          BODY_VARIANTS.map((v) => [v.id, readFileSync(path.join(root, `models/assets/bodies/${v.id}.glb`))]),
        ),
      }),
    );
    problems.push(...(await standinStartupFromAsar(asar)));
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`packaging smoke check: FAILED\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  'packaging smoke check: passed (config, icons and .acuplan association valid; the --dir asar holds the renderer, knowledge base and body model, and nothing from tests; its main bundle starts with the stand-in Electron API)',
);
