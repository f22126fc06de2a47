// The real file system behind the packaging checks' ProjectFiles interface, rooted at the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ProjectFiles } from './config-icon-checks';

export function projectFiles(root: string): ProjectFiles {
  const kind = (rel: string): 'file' | 'dir' | undefined => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return undefined;
    return statSync(full).isDirectory() ? 'dir' : 'file';
  };
  return {
    read: (rel) => (kind(rel) === 'file' ? readFileSync(path.join(root, rel)) : undefined),
    list: (rel) => (kind(rel) === 'dir' ? readdirSync(path.join(root, rel)) : undefined),
  };
}
