/**
 * A minimal PNG encoder (8-bit RGB, one IDAT, zlib from node:zlib) for the code_interpreter
 * simulation's image outputs: a deterministic bar chart of the numbers the code mentions.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes `pixel(x, y) → [r, g, b]` as a PNG. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => readonly [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A 160×120 bar chart of `values` (at most 16 bars), white background, blue bars. */
export function barChartPng(values: readonly number[]): Buffer {
  const bars = (values.length ? values : [1]).slice(0, 16).map((v) => Math.abs(v));
  const max = Math.max(...bars) || 1;
  const width = 160;
  const height = 120;
  const slot = Math.floor(width / bars.length);
  return encodePng(width, height, (x, y) => {
    const i = Math.min(bars.length - 1, Math.floor(x / slot));
    const top = height - Math.round((bars[i]! / max) * (height - 10));
    const inBar = x % slot > 1 && x % slot < slot - 1 && y >= top;
    return inBar ? [31, 119, 180] : [255, 255, 255];
  });
}
