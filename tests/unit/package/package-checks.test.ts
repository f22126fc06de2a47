import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { checkAsar, checkConfig, REQUIRED_IN_ASAR } from '../../package/package-checks';

const config = createRequire(import.meta.url)('../../../electron-builder.config.cjs') as Configuration;
const good = [...REQUIRED_IN_ASAR, '/out/renderer/assets/index-abc.js', '/out/renderer/assets/inter-400.woff2'];

describe('packaging checks', () => {
  it('the project configuration passes', () => {
    expect(checkConfig(config)).toEqual([]);
  });

  it('catches a fuse switched back on, a missing target and a publish server', () => {
    const bad: Configuration = {
      ...config,
      electronFuses: { ...config.electronFuses, runAsNode: true },
      win: { target: ['portable'] },
      publish: { provider: 'generic', url: 'https://updates.invalid' },
    };
    expect(checkConfig(bad)).toEqual(['fuse runAsNode must be false', 'win target nsis missing', 'publish must be null (no auto-update server)']);
  });

  it('accepts an asar of built files only', () => {
    expect(checkAsar(good)).toEqual([]);
  });

  it('rejects sources, tests, node_modules and source maps, and notices missing parts', () => {
    const problems = checkAsar([...good.filter((f) => f !== '/out/preload/preload.cjs'), '/tests/e2e/app.spec.ts', '/node_modules/react/index.js', '/out/main/main.cjs.map', '/electron/main/main.ts']);
    expect(problems).toEqual([
      'asar lacks /out/preload/preload.cjs',
      'asar must not contain /tests/e2e/app.spec.ts',
      'asar must not contain /node_modules/react/index.js',
      'asar must not contain /out/main/main.cjs.map',
      'asar must not contain /electron/main/main.ts',
    ]);
  });
});
