/**
 * ZIP reader for checking what the generators (and the service) produce: finds the end record,
 * walks the central directory, inflates each entry and verifies its CRC-32 and sizes. Problems
 * are returned, not thrown.
 */
import { inflateRawSync } from 'node:zlib';
import { readU16le, readU32le } from './bytes.ts';
import { crc32 } from './crc32.ts';

export interface ZipRead {
  entries: { name: string; data: Uint8Array }[];
  problems: string[];
}

export function readZip(b: Uint8Array): ZipRead {
  const problems: string[] = [];
  const entries: ZipRead['entries'] = [];
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (readU32le(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { entries, problems: ['no end-of-central-directory record'] };
  const count = readU16le(b, eocd + 10);
  let p = readU32le(b, eocd + 16);
  for (let n = 0; n < count; n++) {
    if (readU32le(b, p) !== 0x02014b50) {
      problems.push(`central entry ${n}: bad signature at ${p}`);
      break;
    }
    const method = readU16le(b, p + 10);
    const crc = readU32le(b, p + 16);
    const csize = readU32le(b, p + 20);
    const usize = readU32le(b, p + 24);
    const nlen = readU16le(b, p + 28);
    const xlen = readU16le(b, p + 30);
    const clen = readU16le(b, p + 32);
    const local = readU32le(b, p + 42);
    const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nlen));
    p += 46 + nlen + xlen + clen;
    if (readU32le(b, local) !== 0x04034b50) {
      problems.push(`${name}: bad local header signature at ${local}`);
      continue;
    }
    const start = local + 30 + readU16le(b, local + 26) + readU16le(b, local + 28);
    const packed = b.subarray(start, start + csize);
    let data: Uint8Array;
    try {
      data = method === 0 ? packed : method === 8 ? new Uint8Array(inflateRawSync(packed)) : new Uint8Array();
    } catch (e) {
      problems.push(`${name}: inflate failed (${(e as Error).message})`);
      continue;
    }
    if (method !== 0 && method !== 8) problems.push(`${name}: unsupported method ${method}`);
    if (data.length !== usize) problems.push(`${name}: size ${data.length} != ${usize}`);
    if (crc32(data) !== crc) problems.push(`${name}: CRC-32 mismatch`);
    entries.push({ name, data });
  }
  return { entries, problems };
}
