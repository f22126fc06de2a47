// The licence notices the build writes beside its bundles: one entry per bundled package, with its
// licence text read from the package itself.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceNotices, packageRoot } from '../../../electron/cli/licence-notices';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const nm = (rel: string): string => path.join(ROOT, 'node_modules', rel);

describe('licence notices', () => {
  it('finds the package a bundled module came from, scoped or not, innermost node_modules first', () => {
    expect(packageRoot('/app/node_modules/three/build/three.module.js')).toBe('/app/node_modules/three');
    expect(packageRoot('/app/node_modules/@react-three/fiber/dist/index.js')).toBe(
      '/app/node_modules/@react-three/fiber',
    );
    expect(packageRoot('/app/node_modules/a/node_modules/b/x.js')).toBe('/app/node_modules/a/node_modules/b');
    expect(packageRoot('\0/app/node_modules/zod/index.js?commonjs-proxy')).toBe('/app/node_modules/zod');
    expect(packageRoot('/app/renderer/main.tsx')).toBeUndefined();
  });

  it('writes each package once, sorted, with its version, licence and licence text; our own files are not listed', () => {
    const text = licenceNotices(
      [
        nm('zod/index.js'),
        nm('three/build/three.module.js'),
        nm('zod/v4/core/index.js'),
        path.join(ROOT, 'renderer/main.tsx'),
      ],
      'the test',
    );
    expect(text).toMatch(/^Third-party software in the test of Acupoint Reference \(2 packages\)/);
    const three = text.indexOf('three '),
      zod = text.indexOf('zod ');
    expect(three).toBeGreaterThan(0);
    expect(zod).toBeGreaterThan(three);
    expect(text).toMatch(/three \d+\.\d+\.\d+ — MIT/);
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(text).not.toContain('renderer/main.tsx');
  });
});
