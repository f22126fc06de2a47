// Writes a Windows .ico whose entries are PNG images (supported since Windows Vista): a 6-byte ICONDIR,
// one 16-byte ICONDIRENTRY per image, then the PNG files back to back. All integers little-endian.
import { pngSize } from './png-info';

export interface SizedPng {
  size: number;
  png: Uint8Array;
}

const HEADER_BYTES = 6;
const ENTRY_BYTES = 16;

export function writeIco(images: readonly SizedPng[]): Buffer {
  if (images.length === 0 || images.length > 0xffff) throw new Error('an ICO holds 1 to 65535 images');
  for (const { size, png } of images) {
    // The directory stores width/height in one byte each, 0 meaning 256: nothing larger fits.
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`ICO entries are 1..256 px, not ${size}`);
    const actual = pngSize(png);
    if (!actual || actual.width !== size || actual.height !== size)
      throw new Error(`the ${size} px ICO entry is not a ${size}x${size} PNG`);
  }
  const dataStart = HEADER_BYTES + ENTRY_BYTES * images.length;
  const total = dataStart + images.reduce((n, i) => n + i.png.length, 0);
  const out = Buffer.alloc(total);
  out.writeUInt16LE(0, 0); // reserved
  out.writeUInt16LE(1, 2); // 1 = icon (2 would be cursor)
  out.writeUInt16LE(images.length, 4);
  let offset = dataStart;
  images.forEach(({ size, png }, i) => {
    const at = HEADER_BYTES + ENTRY_BYTES * i;
    out.writeUInt8(size === 256 ? 0 : size, at);
    out.writeUInt8(size === 256 ? 0 : size, at + 1);
    out.writeUInt8(0, at + 2); // palette colours: none (true colour)
    out.writeUInt8(0, at + 3); // reserved
    out.writeUInt16LE(1, at + 4); // colour planes
    out.writeUInt16LE(32, at + 6); // bits per pixel (RGBA)
    out.writeUInt32LE(png.length, at + 8);
    out.writeUInt32LE(offset, at + 12);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
