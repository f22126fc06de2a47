// Third-party licence notices for what the build bundles. Vite and esbuild inline the code of every
// package the app uses (and drop their licence comments), so the build writes the notices itself: for
// each package a bundled module came from, its name, version, licence and the text of its LICENSE file.
// Used by vite.config.ts (out/renderer/THIRD_PARTY_NOTICES.txt) and build-electron.ts (out/main/…).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** The package folder a bundled module file lives in (the innermost node_modules/<name> or <@scope/name>). */
export function packageRoot(file: string): string | undefined {
  const norm = file.replace(/^\0/, '').replace(/\?.*$/, '').split(path.sep).join('/');
  const at = norm.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = norm.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  return name ? `${norm.slice(0, at)}/node_modules/${name}` : undefined;
}

interface Notice {
  name: string;
  version: string;
  license: string;
  text: string;
}

function noticeOf(root: string): Notice | undefined {
  const pkgFile = path.join(root, 'package.json');
  if (!existsSync(pkgFile)) return undefined;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    name?: string;
    version?: string;
    license?: string | { type?: string };
  };
  const licenseFile = readdirSync(root).find((f) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(f));
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see the licence text');
  return {
    name: pkg.name ?? path.basename(root),
    version: pkg.version ?? '?',
    license,
    text: licenseFile
      ? readFileSync(path.join(root, licenseFile), 'utf8').trim()
      : `(no licence file in the package; its package.json says ${license})`,
  };
}

/** The notices text for these bundled module files: one entry per package, sorted by name. */
export function licenceNotices(moduleFiles: Iterable<string>, what: string): string {
  const roots = new Set<string>();
  for (const f of moduleFiles) {
    const root = packageRoot(f);
    if (root) roots.add(root);
  }
  const notices = [...roots].map(noticeOf).filter((n): n is Notice => n !== undefined);
  const unique = [...new Map(notices.map((n) => [`${n.name}@${n.version}`, n])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const head = `Third-party software in ${what} of Acupoint Reference (${unique.length} packages)\n`;
  return [
    head,
    ...unique.map((n) => `${'='.repeat(78)}\n${n.name} ${n.version} — ${n.license}\n${'='.repeat(78)}\n${n.text}\n`),
  ].join('\n');
}
