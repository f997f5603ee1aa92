/**
 * POSIX ustar writer: a 512-byte header per file (octal fields, checksum over the header with the
 * checksum field as spaces, magic "ustar\0" version "00"), data padded to 512, two zero blocks.
 */
import { utf8 } from './bytes.ts';

export interface TarEntry {
  name: string;
  data: Uint8Array | string;
}

function field(h: Uint8Array, offset: number, length: number, value: string): void {
  h.set(utf8(value).subarray(0, length), offset);
}
const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;

export function tarChecksum(h: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  return sum;
}

export function buildTar(entries: readonly TarEntry[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const e of entries) {
    const data = typeof e.data === 'string' ? utf8(e.data) : e.data;
    const h = new Uint8Array(512);
    field(h, 0, 100, e.name);
    field(h, 100, 8, octal(0o644, 8));
    field(h, 108, 8, octal(0, 8));
    field(h, 116, 8, octal(0, 8));
    field(h, 124, 12, octal(data.length, 12));
    field(h, 136, 12, octal(0, 12));
    field(h, 156, 1, '0');
    field(h, 257, 6, 'ustar\0');
    field(h, 263, 2, '00');
    field(h, 265, 32, 'oaic');
    field(h, 297, 32, 'oaic');
    field(h, 148, 8, `${tarChecksum(h).toString(8).padStart(6, '0')}\0 `);
    blocks.push(h);
    const padded = new Uint8Array(Math.ceil(data.length / 512) * 512);
    padded.set(data);
    blocks.push(padded);
  }
  blocks.push(new Uint8Array(1024));
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of blocks) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}

export function readTar(b: Uint8Array): { entries: { name: string; size: number }[]; problems: string[] } {
  const entries: { name: string; size: number }[] = [];
  const problems: string[] = [];
  const text = (o: number, n: number) => new TextDecoder().decode(b.subarray(o, o + n)).replace(/\0[^]*$/, '');
  let p = 0;
  while (p + 512 <= b.length) {
    const h = b.subarray(p, p + 512);
    if (h.every((x) => x === 0)) break;
    const name = text(p, 100);
    if (text(p + 257, 6) !== 'ustar') problems.push(`${name}: no ustar magic`);
    const sum = parseInt(text(p + 148, 8).trim(), 8);
    if (sum !== tarChecksum(h)) problems.push(`${name}: header checksum ${sum} != ${tarChecksum(h)}`);
    const size = parseInt(text(p + 124, 12), 8);
    entries.push({ name, size });
    p += 512 + Math.ceil(size / 512) * 512;
  }
  if (b.length % 512 !== 0) problems.push('length is not a multiple of 512');
  if (!b.subarray(p, p + 1024).every((x) => x === 0) || p + 1024 > b.length) problems.push('no end-of-archive (two zero blocks)');
  return { entries, problems };
}
