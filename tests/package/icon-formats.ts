// Independent readers for the icon containers the generator writes (ICO, ICNS) and for PNG headers, used
// by the packaging checks. Written from the format descriptions, not from the writers, so a writer bug
// shows up as a failed check rather than being read back the same wrong way.

export interface ContainerEntry {
  /** ICO: `<w>x<h>` from the directory; ICNS: the 4-character type */
  label: string;
  offset: number;
  length: number;
  /** pixel size of the embedded PNG, if it is one */
  png?: { width: number; height: number };
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG size from its IHDR chunk (always the first chunk), or undefined for anything else. */
export function readPngHeader(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_MAGIC.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdr = String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0);
  if (ihdr !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function entry(bytes: Uint8Array, label: string, offset: number, length: number): ContainerEntry {
  const png = readPngHeader(bytes.subarray(offset, offset + length));
  return png ? { label, offset, length, png } : { label, offset, length };
}

/** Parses an ICO directory (little-endian). Throws with a reason if the container is malformed. */
export function readIco(bytes: Uint8Array): ContainerEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 6 || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1)
    throw new Error('not an ICO (reserved 0, type 1)');
  const count = view.getUint16(4, true);
  if (count === 0 || 6 + 16 * count > bytes.length) throw new Error(`ICO directory of ${count} entries does not fit`);
  const entries: ContainerEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    const width = view.getUint8(at) || 256;
    const height = view.getUint8(at + 1) || 256;
    const length = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    if (offset < 6 + 16 * count || offset + length > bytes.length)
      throw new Error(`ICO entry ${i} (${offset}+${length}) lies outside the file`);
    entries.push(entry(bytes, `${width}x${height}`, offset, length));
  }
  return entries;
}

/** Parses an ICNS file (big-endian): magic, total length, then type + length elements covering the file. */
export function readIcns(bytes: Uint8Array): ContainerEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 8 || ascii(0) !== 'icns') throw new Error('not an ICNS (magic "icns")');
  if (view.getUint32(4) !== bytes.length)
    throw new Error(`ICNS header says ${view.getUint32(4)} bytes, file has ${bytes.length}`);
  const entries: ContainerEntry[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) throw new Error(`ICNS element header at ${at} is cut off`);
    const length = view.getUint32(at + 4);
    if (length < 8 || at + length > bytes.length)
      throw new Error(`ICNS element ${ascii(at)} at ${at} has a bad length ${length}`);
    entries.push(entry(bytes, ascii(at), at + 8, length - 8));
    at += length;
  }
  return entries;
}
