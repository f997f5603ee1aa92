/**
 * Just enough ZIP reading for Office documents (.docx/.pptx/.xlsx): the central directory, stored
 * (method 0) and deflated (method 8, node:zlib inflateRaw) entries. No ZIP64, no encryption, no
 * multi-disk archives: those return null, which indexing reports as an invalid file.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Never inflate an entry beyond this (zip bombs stay harmless). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** Entry name → bytes for the entries `want` accepts, or null when `buf` is not a readable ZIP. */
export function readZip(buf: Buffer, want: (name: string) => boolean = () => true): Map<string, Buffer> | null {
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  try {
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
      const method = buf.readUInt16LE(p + 10);
      const compressed = buf.readUInt32LE(p + 20);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      p += 46 + nameLen + extraLen + commentLen;
      if (!want(name)) continue;
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return null;
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      if (data.length !== compressed) return null;
      if (method === 0) out.set(name, data);
      else if (method === 8) out.set(name, inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }));
      else return null;
    }
  } catch {
    return null;
  }
  return out;
}
