// `npm start`: build, make sure the Electron binary is present (downloading it on first run, as Electron
// does), then open the desktop app. Where the binary cannot be had (offline build machines), say so
// plainly and point at `npm run preview` instead of failing with a stack trace.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronBinaryPath } from './electron-binary.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (run('npm', ['run', '--silent', 'build']).status !== 0) process.exit(1);

let binary = electronBinaryPath();
if (!binary) {
  console.log('Electron binary not found yet: downloading it (first run only)…');
  spawnSync(process.execPath, [createRequire(import.meta.url).resolve('electron/install.js')], { stdio: 'inherit' });
  binary = electronBinaryPath();
}
if (!binary) {
  console.error(
    '\nCannot start the desktop app: the Electron binary is not installed and could not be downloaded\n' +
      '(this machine has no access to the Electron download server).\n\n' +
      'Run `npm run preview` to open the same app in Chromium through the browser host instead.\n',
  );
  process.exit(1);
}
const result = spawnSync(binary, ['.'], { stdio: 'inherit' });
process.exit(result.status ?? 0);
