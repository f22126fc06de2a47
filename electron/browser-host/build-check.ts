// Scripts that drive the production build (screenshots, bench, plan:pdf, preview, the e2e suite) check for
// it first and say in one line what to do, instead of waiting 30 s for a page that can never load.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DataFolderLockedError, DataFolderUnusableError } from '../services/data-lock';

export class BuildMissingError extends Error {
  constructor(readonly missing: string) {
    super(`The production build is missing (${missing}): run \`npm run build\` first.`);
    this.name = 'BuildMissingError';
  }
}

/** Throws BuildMissingError unless `rendererDir` holds a built index.html. */
export function assertRendererBuilt(rendererDir: string): void {
  const index = path.join(rendererDir, 'index.html');
  // shown relative to the working folder when it lies inside it (out/renderer/index.html)
  const shown = index.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), index) : index;
  if (!existsSync(index)) throw new BuildMissingError(shown);
}

/** For a script's top level: an error the user can act on is one line on stderr and exit code 1;
 *  anything else is rethrown (a stack trace is right for a bug). */
export function exitWithPlainError(error: unknown): never {
  if (
    error instanceof BuildMissingError ||
    error instanceof DataFolderLockedError ||
    error instanceof DataFolderUnusableError
  ) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
