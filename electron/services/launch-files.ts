// Plan files handed to the app by the operating system: on the command line (double-click on Windows and
// Linux, `npm start -- plan.acuplan`), in a second launch's arguments, or macOS's open-file event. The main
// process only collects paths here; the renderer asks for them (plans:take-opened) once it can show them,
// so a file that arrives before the window is ready is not lost.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAN_EXTENSION } from '../contract/plan';

const isPlanPath = (arg: string): boolean => arg.toLowerCase().endsWith(PLAN_EXTENSION);

/**
 * The plan files among a process's arguments, as absolute paths. argv[0] is the executable; flags
 * (Chromium adds some to a second instance's argv) and anything that is not a .acuplan path are ignored.
 */
export function planFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !isPlanPath(arg)) continue;
    let file = arg;
    if (arg.startsWith('file://')) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    files.push(path.resolve(cwd, file));
  }
  return files;
}

/** Paths waiting for the renderer, in arrival order, without repeats. */
export function createPendingFiles() {
  let pending: string[] = [];
  return {
    add(files: readonly string[]): void {
      for (const f of files) if (isPlanPath(f) && !pending.includes(f)) pending.push(f);
    },
    take(): string[] {
      const taken = pending;
      pending = [];
      return taken;
    },
    get size(): number {
      return pending.length;
    },
  };
}

export type PendingFiles = ReturnType<typeof createPendingFiles>;
