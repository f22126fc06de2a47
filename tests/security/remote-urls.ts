// Finds remote URLs in the built app (out/). HTML and CSS may reference none: anything there would be
// fetched. In JavaScript, only known non-fetched strings are allowed (XML namespaces, library error-doc
// links printed in messages); every other remote URL fails the check.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** URL prefixes that appear as identifiers or doc links in bundled libraries and are never requested. */
export const ALLOWED_IN_JS = [
  'http://www.w3.org/', // XML/SVG/MathML namespace identifiers (React DOM, three.js)
  'https://www.w3.org/',
  'https://react.dev/errors/', // React's production error messages link here; nothing is fetched
  'https://reactjs.org/',
  'https://react.dev/link/',
  'https://json-schema.org/', // $schema identifiers written by zod's JSON Schema export
  'http://json-schema.org/',
  // @react-three/fiber: error messages link to its docs, and its bundled package.json metadata (author,
  // contributors, repository, funding; read only for the React DevTools version) — nothing is fetched.
  'https://docs.pmnd.rs/',
  'https://github.com/pmndrs/',
  'https://github.com/drcmda',
  'https://github.com/joshuaellis',
  'https://github.com/codyjasonbennett',
  'https://github.com/krispya',
  'https://opencollective.com/react-three-fiber',
  'https://github.com/react-spring/react-use-measure/', // an error message's link (R3F's resize hook)
];

/** Exact strings allowed in scripts: the main process's block-everything webRequest filters. */
export const ALLOWED_EXACT_IN_JS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export interface RemoteUrl {
  file: string;
  url: string;
}

const URL_RE = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

export async function findRemoteUrls(root: string): Promise<RemoteUrl[]> {
  const found: RemoteUrl[] = [];
  for await (const file of files(root)) {
    const ext = path.extname(file);
    if (!['.html', '.css', '.js', '.cjs', '.mjs', '.json', '.svg'].includes(ext)) continue;
    const text = await readFile(file, 'utf8');
    const isScript = ['.js', '.cjs', '.mjs'].includes(ext);
    for (const [url] of text.matchAll(URL_RE)) {
      if (isScript && (ALLOWED_IN_JS.some((p) => url.startsWith(p)) || ALLOWED_EXACT_IN_JS.includes(url))) continue;
      // Template-literal builders such as `http://[${host}]` are code, not addresses.
      if (isScript && url.includes('${')) continue;
      if (ext === '.svg' && url.startsWith('http://www.w3.org/')) continue;
      found.push({ file: path.relative(root, file), url });
    }
  }
  return found;
}
