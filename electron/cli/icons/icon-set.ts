// The app icon set generated from electron/resources/icon.svg by `npm run icons` (electron/cli/build-icons.ts):
// which sizes go where. Shared by the generator, the packaging checks and their tests.

/** Repository-relative paths of the source image and everything generated from it. */
export const ICON_PATHS = {
  source: 'electron/resources/icon.svg',
  /** The renderer's favicon / in-app icon: a byte-identical copy of the source, written by the generator. */
  rendererCopy: 'renderer/public/icon.svg',
  /** electron-builder's Linux icon set: a folder of `<N>x<N>.png`. */
  linuxDir: 'electron/resources/icons',
  png: 'electron/resources/icon.png',
  ico: 'electron/resources/icon.ico',
  icns: 'electron/resources/icon.icns',
  manifest: 'electron/resources/icons/manifest.json',
} as const;

/** Every raster size written to the Linux icon folder (freedesktop hicolor sizes up to 1024). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Windows shell sizes; 256 is the largest an ICO directory entry can describe. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** ICNS element types holding PNG data, by pixel size (Apple's icns OSTypes; icp4/icp5 since macOS 10.7). */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
] as const;

export const linuxPngPath = (size: number): string => `${ICON_PATHS.linuxDir}/${size}x${size}.png`;

/** What `npm run icons` records so a test can tell whether the committed icons match the SVG. */
export interface IconManifest {
  source: string;
  sourceSha256: string;
  generator: string;
  /** sha256 of each generated file, by repository-relative path */
  files: Record<string, string>;
}
