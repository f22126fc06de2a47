// Finds the Electron binary WITHOUT require('electron') (which tries a download and throws offline).
// Shared by `npm start` and the Electron e2e tests, which skip when this returns undefined.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronBinaryPath(root = process.cwd()) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      process.platform === 'win32' ? 'electron.exe' : 'electron',
    );
    return existsSync(p) ? p : undefined;
  }
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
