/**
 * ZIP writer (PKWARE APPNOTE 6.3): local headers, central directory, end record; entries stored
 * (method 0) or deflated (method 8, raw deflate from node:zlib), with their CRC-32.
 */
import { deflateRawSync } from 'node:zlib';
import { ByteWriter, utf8 } from './bytes.ts';
import { crc32 } from './crc32.ts';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** 1980-01-01 00:00 in DOS format: fixed so output is deterministic. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function buildZip(entries: readonly ZipEntry[], method: 'store' | 'deflate' = 'deflate'): Uint8Array {
  const w = new ByteWriter();
  const central = new ByteWriter();
  for (const e of entries) {
    const name = utf8(e.name);
    const raw = typeof e.data === 'string' ? utf8(e.data) : e.data;
    const packed = method === 'deflate' ? new Uint8Array(deflateRawSync(raw)) : raw;
    const m = method === 'deflate' ? 8 : 0;
    const crc = crc32(raw);
    const offset = w.length;
    w.u32le(0x04034b50).u16le(20).u16le(0x0800).u16le(m).u16le(DOS_TIME).u16le(DOS_DATE).u32le(crc).u32le(packed.length).u32le(raw.length).u16le(name.length).u16le(0).bytes(name).bytes(packed);
    central.u32le(0x02014b50).u16le(20).u16le(20).u16le(0x0800).u16le(m).u16le(DOS_TIME).u16le(DOS_DATE).u32le(crc).u32le(packed.length).u32le(raw.length).u16le(name.length).u16le(0).u16le(0).u16le(0).u16le(0).u32le(0).u32le(offset).bytes(name);
  }
  const cdOffset = w.length;
  const cd = central.result();
  w.bytes(cd);
  w.u32le(0x06054b50).u16le(0).u16le(0).u16le(entries.length).u16le(entries.length).u32le(cd.length).u32le(cdOffset).u16le(0);
  return w.result();
}
