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
  // The downloader's own output is a stack trace when offline; keep only its one-line reason.
  const download = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('electron/install.js')], {
    encoding: 'utf8',
  });
  binary = electronBinaryPath();
  const reason = `${download.stderr ?? ''}`.split('\n').find((l) => /error|fail/i.test(l) && !/^\s+at /.test(l));
  if (!binary && reason) console.error(`Download failed: ${reason.trim().slice(0, 200)}`);
}
if (!binary) {
  console.error(
    '\nCannot start the desktop app: the Electron binary is not installed and could not be downloaded\n' +
      '(this machine has no access to the Electron download server).\n\n' +
      'Run `npm run preview` to open the same app in Chromium through the browser host instead.\n',
  );
  process.exit(1);
}
// Extra arguments (e.g. a plan file: `npm start -- plan.acuplan`) go to the app.
const result = spawnSync(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 0);
