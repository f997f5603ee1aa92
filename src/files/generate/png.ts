/**
 * PNG encoder (RFC 2083 / ISO 15948): signature, IHDR (8-bit RGB), one zlib-compressed IDAT with
 * filter byte 0 per row, IEND; each chunk with its CRC-32 over type + data. `readPngChunks`
 * parses a PNG back and verifies the CRCs.
 */
import { deflateSync } from 'node:zlib';
import { ByteWriter, readU32be } from './bytes.ts';
import { crc32 } from './crc32.ts';
import { testPicture, type RgbImage } from './image.ts';

export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(w: ByteWriter, type: string, data: Uint8Array): void {
  const td = new ByteWriter().ascii(type).bytes(data).result();
  w.u32be(data.length).bytes(td).u32be(crc32(td));
}

export function encodePng(img: RgbImage = testPicture()): Uint8Array {
  const w = new ByteWriter().bytes(PNG_SIGNATURE);
  chunk(w, 'IHDR', new ByteWriter().u32be(img.width).u32be(img.height).u8(8).u8(2).u8(0).u8(0).u8(0).result());
  const rows = new Uint8Array(img.height * (1 + img.width * 3));
  for (let y = 0; y < img.height; y++) {
    rows[y * (1 + img.width * 3)] = 0;
    rows.set(img.pixels.subarray(y * img.width * 3, (y + 1) * img.width * 3), y * (1 + img.width * 3) + 1);
  }
  chunk(w, 'IDAT', new Uint8Array(deflateSync(rows)));
  chunk(w, 'IEND', new Uint8Array());
  return w.result();
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

export function readPngChunks(b: Uint8Array): { chunks: PngChunk[]; problems: string[] } {
  const problems: string[] = [];
  const chunks: PngChunk[] = [];
  if (!PNG_SIGNATURE.every((v, i) => b[i] === v)) return { chunks, problems: ['bad PNG signature'] };
  let p = 8;
  while (p + 12 <= b.length) {
    const len = readU32be(b, p);
    const td = b.subarray(p + 4, p + 8 + len);
    const type = String.fromCharCode(...td.subarray(0, 4));
    const crcOk = crc32(td) === readU32be(b, p + 8 + len);
    if (!crcOk) problems.push(`${type}: CRC mismatch`);
    chunks.push({ type, data: td.subarray(4), crcOk });
    p += 12 + len;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') problems.push('first chunk is not IHDR');
  if (chunks.at(-1)?.type !== 'IEND') problems.push('no IEND chunk');
  if (p !== b.length) problems.push(`${b.length - p} bytes after IEND`);
  return { chunks, problems };
}
