// `npm run test:package`: the packaging smoke check that can run offline. It validates the real
// electron-builder configuration by building `--dir` for Linux against a stub Electron directory (the
// binary cannot be downloaded here) with fuses off (flipping fuses needs the real binary), then opens the
// produced app.asar and checks what it holds. Installers are built on a networked machine (npm run package).
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform, type Configuration } from 'electron-builder';
import { checkConfig, checkAsar } from './package-checks';

const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs') as Configuration;
const root = process.cwd();
if (!existsSync(path.join(root, 'out/main/main.cjs'))) throw new Error('Run `npm run build` first.');

const problems = checkConfig(config);
const work = await mkdtemp(path.join(os.tmpdir(), 'acupoint-pkg-'));
try {
  const stub = path.join(work, 'electron-stub');
  await mkdir(stub);
  await writeFile(path.join(stub, 'electron'), '#!/bin/sh\necho "stub electron used by the packaging smoke check" >&2\nexit 1\n');
  await chmod(path.join(stub, 'electron'), 0o755);
  await writeFile(path.join(stub, 'version'), '45.4.1');
  const output = path.join(work, 'release');
  await build({
    targets: Platform.LINUX.createTarget('dir'),
    projectDir: root,
    config: { ...config, electronDist: stub, electronVersion: '45.4.1', electronFuses: undefined, directories: { ...config.directories, output } },
  });
  const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  if (!existsSync(asar)) problems.push(`no app.asar at ${asar}`);
  else problems.push(...checkAsar(listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'))));
} finally {
  await rm(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`packaging smoke check: FAILED\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('packaging smoke check: passed (config valid, --dir build produced an asar holding only the built app)');
