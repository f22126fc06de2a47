// Reads the pixel size out of a PNG's IHDR chunk, so icon sizes can be checked without an image library.

export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function hasPngSignature(data: Uint8Array): boolean {
  return data.length >= 8 && PNG_SIGNATURE.every((b, i) => data[i] === b);
}

/** Width and height from the IHDR chunk, which the PNG spec requires to come first; undefined if not a PNG. */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || !hasPngSignature(data)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const chunkType = String.fromCharCode(...data.subarray(12, 16));
  if (chunkType !== 'IHDR' || view.getUint32(8) !== 13) return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
