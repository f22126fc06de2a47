// `npx tsx tests/standin/run-standin.ts` (npm run test:standin), after `npm run build`: loads the built
// out/main/main.cjs and out/preload/preload.cjs with `electron` resolved to a recording stand-in and
// drives a start-up (tests/standin/startup.ts). Exits non-zero, naming the check, on the first failure.
// Options (to try a scratch copy): --app <dir> is app.getAppPath() (default: the current folder, the repo
// root); --main <file> loads another main bundle (default: <app>/out/main/main.cjs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CheckFailed, runStandinStartup, SCOPE_LINE } from './startup';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const root = path.resolve(option('--app') ?? process.cwd());
const mainFile = path.resolve(option('--main') ?? path.join(root, 'out/main/main.cjs'));

console.log(SCOPE_LINE);
if (
  !existsSync(mainFile) ||
  !existsSync(path.join(root, 'out/preload/preload.cjs')) ||
  !existsSync(path.join(root, 'out/renderer/index.html'))
) {
  console.error(
    `stand-in start-up: FAILED — ${mainFile}, out/preload/preload.cjs or out/renderer/index.html is missing under ${root}: run \`npm run build\` first`,
  );
  process.exit(1);
}

const started = Date.now();
try {
  const checks = await runStandinStartup({
    appDir: root,
    mainFile,
    packaged: false,
    report: (line) => console.log(line),
  });
  console.log(
    `stand-in start-up: passed (${checks} checks of ${path.relative(root, mainFile)} and out/preload/preload.cjs in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(SCOPE_LINE);
  process.exit(0);
} catch (error) {
  console.error(
    `\nstand-in start-up: FAILED\n  ${error instanceof CheckFailed ? error.message : ((error as Error)?.stack ?? String(error))}`,
  );
  process.exit(1);
}
