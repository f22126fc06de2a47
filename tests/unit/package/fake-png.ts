// Hand-built PNG headers for the icon tests: signature, a 13-byte IHDR with the given size, then filler
// bytes (tagged so a test can tell which image landed where). Nothing here reads PNGs: only the header
// bytes matter to the writers and checks under test.
export function fakePng(width: number, height = width, tag = width): Uint8Array {
  const bytes = new Uint8Array(8 + 25 + 12);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13); // IHDR data length
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // "IHDR"
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24); // 8-bit RGBA, deflate, adaptive filter, no interlace
  bytes.fill(tag & 0xff, 33); // CRC and filler: the tag
  return bytes;
}
