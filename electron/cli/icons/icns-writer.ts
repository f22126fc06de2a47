// Writes an Apple .icns: the magic 'icns' and the total file length, then one element per image, each its
// 4-character type, its own length (header included) and the PNG bytes. All integers big-endian.
import { type SizedPng } from './ico-writer';
import { pngSize } from './png-info';

export interface IcnsElement {
  /** 4-character OSType, e.g. ic07 for 128 px */
  type: string;
  png: Uint8Array;
}

const HEADER_BYTES = 8;

export function writeIcns(elements: readonly IcnsElement[]): Buffer {
  if (elements.length === 0) throw new Error('an ICNS needs at least one image');
  for (const { type, png } of elements) {
    if (!/^[\x20-\x7e]{4}$/.test(type)) throw new Error(`ICNS type must be 4 ASCII characters, not "${type}"`);
    if (!pngSize(png)) throw new Error(`the ${type} ICNS element is not a PNG`);
  }
  const total = HEADER_BYTES + elements.reduce((n, e) => n + HEADER_BYTES + e.png.length, 0);
  const out = Buffer.alloc(total);
  out.write('icns', 0, 'latin1');
  out.writeUInt32BE(total, 4);
  let at = HEADER_BYTES;
  for (const { type, png } of elements) {
    out.write(type, at, 'latin1');
    out.writeUInt32BE(HEADER_BYTES + png.length, at + 4);
    out.set(png, at + HEADER_BYTES);
    at += HEADER_BYTES + png.length;
  }
  return out;
}

/** Pairs each wanted ICNS type with the PNG of its size; throws if a size was not rendered. */
export function icnsElements(
  types: readonly { type: string; size: number }[],
  pngs: readonly SizedPng[],
): IcnsElement[] {
  return types.map(({ type, size }) => {
    const found = pngs.find((p) => p.size === size);
    if (!found) throw new Error(`no ${size} px PNG for ICNS type ${type}`);
    return { type, png: found.png };
  });
}
