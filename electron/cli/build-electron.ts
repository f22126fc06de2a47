// Bundles the main process and the preload into single CommonJS files under out/ (esbuild).
// 'electron' stays external: it is provided by the Electron runtime.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { licenceNotices, NOTICES_FILE } from './licence-notices';

const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning' as const,
  legalComments: 'none' as const,
};

const main = await build({
  ...common,
  metafile: true,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'out/main/main.cjs',
});
// The sandboxed preload can only require 'electron' and a few built-ins, hence one self-contained file.
const preload = await build({
  ...common,
  metafile: true,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'out/preload/preload.cjs',
});
// esbuild drops the inlined packages' licence comments (legalComments: 'none'): the notices go beside the bundle.
const inputs = [...Object.keys(main.metafile.inputs), ...Object.keys(preload.metafile.inputs)].map((f) =>
  path.resolve(f),
);
writeFileSync(
  path.join('out', 'main', NOTICES_FILE),
  licenceNotices(inputs, 'the desktop shell (main process and preload)'),
);
console.log('built out/main/main.cjs and out/preload/preload.cjs');
