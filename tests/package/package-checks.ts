// What the packaged app must and must not contain, and the configuration it must carry. Pure (file access
// is passed in), so the checks themselves are unit-tested (tests/unit/package) against good and bad inputs.
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { checkFileAssociation, checkIcons, type ProjectFiles } from './config-icon-checks';

export type { ProjectFiles };

export const REQUIRED_IN_ASAR = [
  '/package.json',
  '/out/main/main.cjs',
  '/out/preload/preload.cjs',
  '/out/renderer/index.html',
  // the licence notices of the bundled packages (the bundles drop their licence comments)
  '/out/main/THIRD_PARTY_NOTICES.txt',
  '/out/renderer/THIRD_PARTY_NOTICES.txt',
];
const FORBIDDEN = [
  /^\/tests\//,
  /^\/node_modules\//,
  /\.tsx?$/,
  /\.map$/,
  /^\/\.git\//,
  /^\/(points|models|renderer|electron)\//,
  // Test material compiled or copied into out/ by mistake.
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /\/fixtures?\//,
];

/** The packaged app.asar: its file list (absolute, `/`-separated) and a reader for one file's bytes. */
export interface AsarView {
  files: readonly string[];
  read(file: string): Uint8Array;
}

/** A string that must occur in the renderer's scripts, showing that one data file was bundled. */
export interface Sentinel {
  /** the data file it was taken from, for the message */
  source: string;
  text: string;
}

export interface AsarExpectations {
  /** strings from the knowledge-base JSON files (see pickSentinels) */
  sentinels: readonly Sentinel[];
  /** the body models as built (models/assets/bodies/<id>.glb, by id); the asar must hold each one's exact bytes */
  bodyModels: Readonly<Record<string, Uint8Array>>;
}

const isRendererScript = (f: string): boolean => f.startsWith('/out/renderer/assets/') && f.endsWith('.js');

export function checkAsar(asar: AsarView, expected: AsarExpectations): string[] {
  const { files } = asar;
  const problems: string[] = [];
  for (const required of REQUIRED_IN_ASAR) if (!files.includes(required)) problems.push(`asar lacks ${required}`);
  const scripts = files.filter(isRendererScript);
  if (scripts.length === 0) problems.push('asar lacks the renderer script bundle');
  if (!files.some((f) => f.endsWith('.woff2'))) problems.push('asar lacks the bundled fonts');
  for (const f of files) if (FORBIDDEN.some((re) => re.test(f))) problems.push(`asar must not contain ${f}`);
  problems.push(
    ...checkBundledData(scripts.map((f) => Buffer.from(asar.read(f)).toString('utf8')).join('\n'), expected.sentinels),
  );
  for (const [id, bytes] of Object.entries(expected.bodyModels)) problems.push(...checkBodyModel(asar, id, bytes));
  return problems;
}

/**
 * The knowledge base ships inside the renderer script: Vite turns the JSON imports of points/data into
 * object literals (no separate data files), so each data file is proven present by its own strings.
 */
function checkBundledData(scripts: string, sentinels: readonly Sentinel[]): string[] {
  const missing = new Map<string, string[]>();
  for (const { source, text } of sentinels) {
    if (!scripts.includes(text)) missing.set(source, [...(missing.get(source) ?? []), text]);
  }
  return [...missing].map(
    ([source, texts]) => `renderer bundle lacks ${source} (${texts.length} of its strings missing, e.g. "${texts[0]}")`,
  );
}

function checkBodyModel(asar: AsarView, id: string, expected: Uint8Array): string[] {
  const models = asar.files.filter(
    (f) => f.startsWith('/out/renderer/') && f.endsWith('.glb') && path.posix.basename(f).startsWith(`${id}-`),
  );
  if (models.length === 0) return [`asar lacks the ${id} body model (${id}-*.glb under /out/renderer)`];
  const match = models.find((f) => Buffer.from(asar.read(f)).equals(Buffer.from(expected)));
  if (match === undefined)
    return [
      `the ${id} body model in the asar (${models.join(', ')}) differs from models/assets/bodies/${id}.glb (a stale build? run \`npm run build\`)`,
    ];
  // GLB header: magic "glTF", version 2, total length (glTF 2.0, binary container). Catches a source
  // file that is not a model at all, e.g. a Git LFS pointer committed in its place.
  const view = new DataView(expected.buffer, expected.byteOffset, expected.byteLength);
  const isGlb =
    expected.length >= 12 &&
    Buffer.from(expected.subarray(0, 4)).toString('latin1') === 'glTF' &&
    view.getUint32(4, true) === 2 &&
    view.getUint32(8, true) === expected.length;
  return isGlb ? [] : [`${match} is not a glTF 2.0 binary`];
}

/**
 * Up to `count` strings spread evenly through one JSON data file, chosen so a minifier keeps them verbatim:
 * long enough to be distinctive, printable ASCII, and free of quotes, backslashes and `${` that a bundler
 * would escape.
 */
export function pickSentinels(source: string, data: unknown, count = 5): Sentinel[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= 24 && /^[\x20-\x7e]+$/.test(value) && !/["'`\\$]/.test(value)) strings.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  const unique = [...new Set(strings)];
  if (unique.length <= count) return unique.map((text) => ({ source, text }));
  return Array.from({ length: count }, (_, i) => ({
    source,
    text: unique[Math.floor((i * (unique.length - 1)) / (count - 1))] ?? '',
  }));
}

export function checkConfig(config: Configuration, files: ProjectFiles): string[] {
  const problems: string[] = [];
  const fuses = config.electronFuses;
  const expectFuse = (name: keyof NonNullable<typeof fuses>, value: boolean): void => {
    if (fuses?.[name] !== value) problems.push(`fuse ${name} must be ${value}`);
  };
  expectFuse('runAsNode', false);
  expectFuse('enableNodeOptionsEnvironmentVariable', false);
  expectFuse('enableNodeCliInspectArguments', false);
  expectFuse('enableEmbeddedAsarIntegrityValidation', true);
  expectFuse('onlyLoadAppFromAsar', true);
  expectFuse('grantFileProtocolExtraPrivileges', false);
  const targets = (t: unknown): string[] =>
    Array.isArray(t) ? t.map((x) => (typeof x === 'string' ? x : (x as { target: string }).target)) : [];
  for (const [platform, wanted] of [
    ['linux', ['AppImage', 'deb']],
    ['mac', ['dmg']],
    ['win', ['nsis']],
  ] as const) {
    const have = targets((config[platform] as { target?: unknown } | undefined)?.target);
    for (const w of wanted) if (!have.includes(w)) problems.push(`${platform} target ${w} missing`);
  }
  if (config.publish !== null) problems.push('publish must be null (no auto-update server)');
  if (config.asar !== true) problems.push('asar must be on');
  if (config.nsis?.deleteAppDataOnUninstall !== false) problems.push('uninstall must keep user data');
  problems.push(...checkIcons(config, files), ...checkFileAssociation(config, files));
  // The plan-file icon is usually the app icon itself: report a broken file once.
  return [...new Set(problems)];
}
