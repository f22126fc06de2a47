import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAssetPath } from '../../../electron/common/asset-path';

const root = path.resolve('/srv/app/out/renderer');

describe('resolveAssetPath (traversal guard)', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/noto%20sans.woff2', 'assets/noto sans.woff2'],
  ])('%s is served from the build folder', (url, rel) => {
    expect(resolveAssetPath(root, url)).toBe(path.join(root, rel));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/..%5c..%5cwindows%5csystem.ini',
    '/assets\\..\\..\\x',
    '/index.html%00.png',
    '/%E0%A4%A',
    '/..',
  ])('%s is refused', (url) => {
    expect(resolveAssetPath(root, url)).toBeUndefined();
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer asset types', () => {
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/x.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/body.glb')).toBe('model/gltf-binary');
    expect(contentTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });
});
