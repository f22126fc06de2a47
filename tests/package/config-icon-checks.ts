// The icon and file-association part of the electron-builder configuration check: every platform's icon
// path exists and holds the format and sizes that platform needs, and `.acuplan` is registered.
import type { Configuration, FileAssociation } from 'electron-builder';
import { ICNS_TYPES, ICO_SIZES, PNG_SIZES } from '../../electron/cli/icons/icon-set';
import { readIcns, readIco, readPngHeader } from './icon-formats';

/** Read access to the project, by repository-relative path (injected so the checks stay pure). */
export interface ProjectFiles {
  /** a file's bytes, or undefined if there is no such file */
  read(rel: string): Uint8Array | undefined;
  /** a folder's entry names, or undefined if there is no such folder */
  list(rel: string): string[] | undefined;
}

export const PLAN_ASSOCIATION = {
  ext: 'acuplan',
  name: 'Acupoint session plan',
  mimeType: 'application/x-acuplan',
  role: 'Editor',
} as const;

/** electron-builder looks a resource up in buildResources first, then from the project root. */
function candidates(config: Configuration, rel: string): string[] {
  const resources = config.directories?.buildResources;
  return resources ? [`${resources.replace(/\/$/, '')}/${rel}`, rel] : [rel];
}

function readResource(config: Configuration, files: ProjectFiles, rel: string): Uint8Array | undefined {
  for (const c of candidates(config, rel)) {
    const bytes = files.read(c);
    if (bytes) return bytes;
  }
  return undefined;
}

function icnsProblems(label: string, bytes: Uint8Array): string[] {
  try {
    const entries = readIcns(bytes);
    return ICNS_TYPES.flatMap(({ type, size }) => {
      const found = entries.find((e) => e.label === type);
      if (!found) return [`${label} lacks the ${type} (${size} px) image`];
      return found.png?.width === size && found.png.height === size
        ? []
        : [`${label} ${type} is not a ${size}x${size} PNG`];
    });
  } catch (error) {
    return [`${label} is not a valid ICNS: ${(error as Error).message}`];
  }
}

function icoProblems(label: string, bytes: Uint8Array): string[] {
  try {
    const entries = readIco(bytes);
    const problems = ICO_SIZES.filter((s) => !entries.some((e) => e.label === `${s}x${s}`)).map(
      (s) => `${label} lacks the ${s}x${s} image`,
    );
    for (const e of entries) {
      if (!e.png || `${e.png.width}x${e.png.height}` !== e.label)
        problems.push(`${label} entry ${e.label} is not a PNG of that size`);
    }
    return problems;
  } catch (error) {
    return [`${label} is not a valid ICO: ${(error as Error).message}`];
  }
}

function iconFile(
  config: Configuration,
  files: ProjectFiles,
  platform: 'mac' | 'win',
  ext: '.icns' | '.ico',
): string[] {
  const icon = config[platform]?.icon;
  if (typeof icon !== 'string' || !icon.endsWith(ext)) return [`${platform}.icon must name a ${ext} file`];
  const bytes = readResource(config, files, icon);
  if (!bytes) return [`${platform}.icon ${icon} does not exist`];
  return ext === '.icns' ? icnsProblems(icon, bytes) : icoProblems(icon, bytes);
}

function linuxIconSet(config: Configuration, files: ProjectFiles): string[] {
  const dir = config.linux?.icon;
  if (typeof dir !== 'string') return ['linux.icon must name the folder of <N>x<N>.png icons'];
  const found = candidates(config, dir).find((c) => files.list(c) !== undefined);
  if (found === undefined) return [`linux.icon ${dir} is not a folder`];
  const names = files.list(found) ?? [];
  return PNG_SIZES.flatMap((size) => {
    const name = `${size}x${size}.png`;
    if (!names.includes(name)) return [`linux icon set lacks ${name}`];
    const png = readPngHeader(files.read(`${found}/${name}`) ?? new Uint8Array());
    return png?.width === size && png.height === size ? [] : [`linux icon ${name} is not a ${size}x${size} PNG`];
  });
}

export function checkIcons(config: Configuration, files: ProjectFiles): string[] {
  return [
    ...iconFile(config, files, 'mac', '.icns'),
    ...iconFile(config, files, 'win', '.ico'),
    ...linuxIconSet(config, files),
  ];
}

/** electron-builder's rule for a file-association icon: no extension means `.icns` on macOS, `.ico` on Windows. */
function associationIcon(icon: string, ext: '.icns' | '.ico'): string {
  return /\.(icns|ico)$/.test(icon) ? icon.replace(/\.(icns|ico)$/, ext) : `${icon}${ext}`;
}

export function checkFileAssociation(config: Configuration, files: ProjectFiles): string[] {
  const all: FileAssociation[] =
    config.fileAssociations == null
      ? []
      : Array.isArray(config.fileAssociations)
        ? config.fileAssociations
        : [config.fileAssociations];
  const plan = all.find((a) =>
    (Array.isArray(a.ext) ? a.ext : [a.ext]).some((e) => e.replace(/^\./, '') === PLAN_ASSOCIATION.ext),
  );
  if (!plan) return ['no file association for .acuplan'];
  const problems: string[] = [];
  for (const key of ['name', 'mimeType', 'role'] as const) {
    if (plan[key] !== PLAN_ASSOCIATION[key])
      problems.push(`.acuplan association ${key} must be "${PLAN_ASSOCIATION[key]}"`);
  }
  if (!plan.description)
    problems.push('.acuplan association needs a description (shown by Windows and the Linux MIME database)');
  if (!plan.icon) return [...problems, '.acuplan association needs an icon'];
  const icns = associationIcon(plan.icon, '.icns');
  const ico = associationIcon(plan.icon, '.ico');
  const icnsBytes = readResource(config, files, icns);
  const icoBytes = readResource(config, files, ico);
  problems.push(...(icnsBytes ? icnsProblems(icns, icnsBytes) : [`.acuplan icon ${icns} does not exist`]));
  problems.push(...(icoBytes ? icoProblems(ico, icoBytes) : [`.acuplan icon ${ico} does not exist`]));
  return problems;
}
