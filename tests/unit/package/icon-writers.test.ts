import { describe, expect, it } from 'vitest';
import { icnsElements, writeIcns } from '../../../electron/cli/icons/icns-writer';
import { writeIco } from '../../../electron/cli/icons/ico-writer';
import { pngSize } from '../../../electron/cli/icons/png-info';
import { readIcns, readIco } from '../../package/icon-formats';
import { fakePng } from './fake-png';

const dv = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    expect(pngSize(fakePng(48, 20))).toEqual({ width: 48, height: 20 });
  });

  it('rejects data that is not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    const notIhdr = fakePng(16);
    notIhdr[12] = 0x58; // "XHDR"
    expect(pngSize(notIhdr)).toBeUndefined();
  });
});

describe('writeIco (PNG-in-ICO)', () => {
  const images = [16, 32, 256].map((size) => ({ size, png: fakePng(size) }));
  const ico = writeIco(images);

  it('writes ICONDIR: reserved 0, type 1 (icon), image count', () => {
    expect([dv(ico).getUint16(0, true), dv(ico).getUint16(2, true), dv(ico).getUint16(4, true)]).toEqual([0, 1, 3]);
  });

  it('writes one 16-byte entry per image, 256 stored as 0, data right after the directory', () => {
    const expectedOffsets = [6 + 3 * 16, 6 + 3 * 16 + 45, 6 + 3 * 16 + 90];
    images.forEach(({ size, png }, i) => {
      const at = 6 + 16 * i;
      expect(ico[at]).toBe(size === 256 ? 0 : size);
      expect(ico[at + 1]).toBe(size === 256 ? 0 : size);
      expect(dv(ico).getUint16(at + 4, true)).toBe(1); // planes
      expect(dv(ico).getUint16(at + 6, true)).toBe(32); // bits per pixel
      expect(dv(ico).getUint32(at + 8, true)).toBe(png.length);
      expect(dv(ico).getUint32(at + 12, true)).toBe(expectedOffsets[i]);
      expect([...ico.subarray(expectedOffsets[i], (expectedOffsets[i] ?? 0) + png.length)]).toEqual([...png]);
    });
    expect(ico.length).toBe(6 + 3 * 16 + 3 * 45);
  });

  it('reads back with the independent parser', () => {
    expect(readIco(ico).map((e) => [e.label, e.png?.width])).toEqual([
      ['16x16', 16],
      ['32x32', 32],
      ['256x256', 256],
    ]);
  });

  it('refuses images an ICO cannot describe or that are not what they claim', () => {
    expect(() => writeIco([{ size: 512, png: fakePng(512) }])).toThrow(/1\.\.256/);
    expect(() => writeIco([{ size: 32, png: fakePng(16) }])).toThrow(/not a 32x32 PNG/);
    expect(() => writeIco([{ size: 16, png: new Uint8Array(40) }])).toThrow(/not a 16x16 PNG/);
    expect(() => writeIco([])).toThrow();
  });
});

describe('writeIcns', () => {
  const pngs = [16, 32, 1024].map((size) => ({ size, png: fakePng(size) }));
  const icns = writeIcns(
    icnsElements(
      [
        { type: 'icp4', size: 16 },
        { type: 'icp5', size: 32 },
        { type: 'ic10', size: 1024 },
      ],
      pngs,
    ),
  );

  it('writes the "icns" magic and the total length, big-endian', () => {
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(dv(icns).getUint32(0 + 4)).toBe(icns.length);
    expect(icns.length).toBe(8 + 3 * (8 + 45));
  });

  it('writes each element as type, length including its 8-byte header, then the PNG', () => {
    ['icp4', 'icp5', 'ic10'].forEach((type, i) => {
      const at = 8 + i * (8 + 45);
      expect(icns.subarray(at, at + 4).toString('latin1')).toBe(type);
      expect(dv(icns).getUint32(at + 4)).toBe(8 + 45);
      expect(pngSize(icns.subarray(at + 8, at + 8 + 45))).toEqual({ width: pngs[i]?.size, height: pngs[i]?.size });
    });
  });

  it('reads back with the independent parser', () => {
    expect(readIcns(icns).map((e) => [e.label, e.png?.width, e.length])).toEqual([
      ['icp4', 16, 45],
      ['icp5', 32, 45],
      ['ic10', 1024, 45],
    ]);
  });

  it('refuses bad types, non-PNG data and a size that was not rendered', () => {
    expect(() => writeIcns([{ type: 'ic1', png: fakePng(16) }])).toThrow(/4 ASCII/);
    expect(() => writeIcns([{ type: 'ic07', png: new Uint8Array(40) }])).toThrow(/not a PNG/);
    expect(() => icnsElements([{ type: 'ic09', size: 512 }], pngs)).toThrow(/no 512 px PNG/);
  });
});

describe('container parsers reject malformed files', () => {
  it('ICO: wrong type, entry pointing past the end', () => {
    const ico = writeIco([{ size: 16, png: fakePng(16) }]);
    const cursor = Buffer.from(ico);
    cursor.writeUInt16LE(2, 2);
    expect(() => readIco(cursor)).toThrow(/not an ICO/);
    const cut = Buffer.from(ico.subarray(0, ico.length - 1));
    expect(() => readIco(cut)).toThrow(/outside the file/);
  });

  it('ICNS: length header disagreeing with the file, element overrunning it', () => {
    const icns = writeIcns([{ type: 'icp4', png: fakePng(16) }]);
    expect(() => readIcns(icns.subarray(0, icns.length - 1))).toThrow(/header says/);
    const overrun = Buffer.from(icns);
    overrun.writeUInt32BE(9999, 12);
    expect(() => readIcns(overrun)).toThrow(/bad length/);
  });
});
