/**
 * Structural GIF reader: header, logical screen, global colour table, image descriptors with
 * LZW data decoded back to pixel indices (counted against width × height), extensions skipped,
 * trailer 0x3B required.
 */
import { readU16le } from './bytes.ts';

export function lzwDecode(data: Uint8Array, minCodeSize: number): number[] {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let width = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: end + 1 }, (_, i) => (i < clear ? [i] : []));
    width = minCodeSize + 1;
  };
  reset();
  const out: number[] = [];
  let bit = 0;
  let prev: number[] | null = null;
  while (bit + width <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < width; i++, bit++) code |= ((data[bit >> 3]! >> (bit & 7)) & 1) << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === end) return out;
    let entry: number[];
    if (code < dict.length) entry = dict[code]!;
    else if (code === dict.length && prev) entry = [...prev, prev[0]!];
    else throw new Error(`LZW code ${code} out of range`);
    out.push(...entry);
    if (prev && dict.length < 4096) dict.push([...prev, entry[0]!]);
    if (dict.length === 1 << width && width < 12) width++;
    prev = entry;
  }
  throw new Error('LZW data has no end code');
}

export function readGif(b: Uint8Array): { width: number; height: number; frames: number; problems: string[] } {
  const problems: string[] = [];
  const sig = String.fromCharCode(...b.subarray(0, 6));
  if (sig !== 'GIF89a' && sig !== 'GIF87a') return { width: 0, height: 0, frames: 0, problems: ['no GIF87a/GIF89a header'] };
  const width = readU16le(b, 6);
  const height = readU16le(b, 8);
  const flags = b[10]!;
  let p = 13 + (flags & 0x80 ? 3 * (1 << ((flags & 7) + 1)) : 0);
  let frames = 0;
  const subBlocks = () => {
    const parts: number[] = [];
    while (p < b.length && b[p] !== 0) {
      parts.push(...b.subarray(p + 1, p + 1 + b[p]!));
      p += 1 + b[p]!;
    }
    p++;
    return Uint8Array.from(parts);
  };
  while (p < b.length) {
    const t = b[p]!;
    if (t === 0x3b) return { width, height, frames, problems: p === b.length - 1 ? problems : [...problems, 'bytes after the trailer'] };
    if (t === 0x21) {
      p += 2;
      subBlocks();
    } else if (t === 0x2c) {
      const w = readU16le(b, p + 5);
      const h = readU16le(b, p + 7);
      const lf = b[p + 9]!;
      p += 10 + (lf & 0x80 ? 3 * (1 << ((lf & 7) + 1)) : 0);
      const min = b[p++]!;
      try {
        const px = lzwDecode(subBlocks(), min);
        if (px.length !== w * h) problems.push(`frame ${frames}: ${px.length} pixels, expected ${w * h}`);
      } catch (e) {
        problems.push(`frame ${frames}: ${(e as Error).message}`);
      }
      frames++;
    } else return { width, height, frames, problems: [...problems, `unknown block 0x${t.toString(16)} at ${p}`] };
  }
  return { width, height, frames, problems: [...problems, 'no trailer 0x3B'] };
}
