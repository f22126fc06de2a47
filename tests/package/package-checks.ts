// What the packaged app must and must not contain, and the configuration it must carry. Pure, so the
// checks themselves are unit-tested (tests/unit/package) against good and bad inputs.
import type { Configuration } from 'electron-builder';

export const REQUIRED_IN_ASAR = ['/package.json', '/out/main/main.cjs', '/out/preload/preload.cjs', '/out/renderer/index.html'];
const FORBIDDEN = [/^\/tests\//, /^\/node_modules\//, /\.tsx?$/, /\.map$/, /^\/\.git\//, /^\/(points|models|renderer|electron)\//];

export function checkAsar(files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const required of REQUIRED_IN_ASAR) if (!files.includes(required)) problems.push(`asar lacks ${required}`);
  if (!files.some((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js'))) problems.push('asar lacks the renderer script bundle');
  if (!files.some((f) => f.endsWith('.woff2'))) problems.push('asar lacks the bundled fonts');
  for (const f of files) if (FORBIDDEN.some((re) => re.test(f))) problems.push(`asar must not contain ${f}`);
  return problems;
}

export function checkConfig(config: Configuration): string[] {
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
  const targets = (t: unknown): string[] => (Array.isArray(t) ? t.map((x) => (typeof x === 'string' ? x : (x as { target: string }).target)) : []);
  for (const [platform, wanted] of [['linux', ['AppImage', 'deb']], ['mac', ['dmg']], ['win', ['nsis']]] as const) {
    const have = targets((config[platform] as { target?: unknown } | undefined)?.target);
    for (const w of wanted) if (!have.includes(w)) problems.push(`${platform} target ${w} missing`);
  }
  if (config.publish !== null) problems.push('publish must be null (no auto-update server)');
  if (config.asar !== true) problems.push('asar must be on');
  if (config.nsis?.deleteAppDataOnUninstall !== false) problems.push('uninstall must keep user data');
  return problems;
}
