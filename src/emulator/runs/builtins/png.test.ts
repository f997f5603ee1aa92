import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { barChartPng, PNG_SIGNATURE } from './png.ts';

/** Walks the PNG chunks, checking each CRC as a decoder would. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    const data = png.subarray(at + 8, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    out.push({ type, data });
    at += 12 + len;
  }
  return out;
}

describe('PNG encoder', () => {
  it('writes a decodable 160x120 RGB image', () => {
    const png = barChartPng([1, 2, 3]);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = list[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([160, 120, 8, 2]);
    const raw = inflateSync(list[1]!.data);
    expect(raw.length).toBe((160 * 3 + 1) * 120);
    // Bottom row has blue bar pixels; top-left is white.
    expect([...raw.subarray(1, 4)]).toEqual([255, 255, 255]);
    const bottom = raw.subarray(119 * 481 + 1, 120 * 481);
    expect(bottom.includes(119)).toBe(true);
  });
  it('is deterministic', () => {
    expect(barChartPng([5, 1])).toEqual(barChartPng([5, 1]));
    expect(barChartPng([5, 1])).not.toEqual(barChartPng([1, 5]));
  });
});
