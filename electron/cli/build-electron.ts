// Bundles the main process and the preload into single CommonJS files under out/ (esbuild).
// 'electron' stays external: it is provided by the Electron runtime.
import { build } from 'esbuild';

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

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'out/main/main.cjs' });
// The sandboxed preload can only require 'electron' and a few built-ins, hence one self-contained file.
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'out/preload/preload.cjs' });
console.log('built out/main/main.cjs and out/preload/preload.cjs');
