/**
 * Baseline JPEG encoder (ITU T.81, sequential DCT, Huffman, 8-bit): RGB → YCbCr (JFIF), 4:4:4,
 * forward DCT per 8×8 block, quantisation, zig-zag, DC differences and AC run/size symbols,
 * Huffman tables built from the image's own statistics (huffman.ts), byte stuffing.
 * Markers: SOI, APP0 (JFIF), DQT, SOF0, DHT, SOS, EOI.
 */
import { ByteWriter } from './bytes.ts';
import { buildHuffTable, type HuffTable } from './huffman.ts';
import { testPicture, type RgbImage } from './image.ts';

/** Zig-zag order: index k in the stream → raster position in the block. */
export const ZIGZAG: readonly number[] = (() => {
  const out: number[] = [];
  for (let s = 0; s < 15; s++) {
    const cells: number[] = [];
    for (let y = 0; y < 8; y++) {
      const x = s - y;
      if (x >= 0 && x < 8) cells.push(y * 8 + x);
    }
    // Even diagonals run bottom-left → top-right (y decreasing).
    out.push(...(s % 2 === 0 ? cells.reverse() : cells));
  }
  return out;
})();

/** Quantiser steps: a smooth ramp from 4 to 40 by frequency (any 1..255 table is valid). */
function quantTable(base: number): number[] {
  return Array.from({ length: 64 }, (_, i) => Math.min(255, Math.round(base + ((i >> 3) + (i & 7)) * (base / 2))));
}

const COS = Array.from({ length: 64 }, (_, i) => Math.cos(((2 * (i >> 3) + 1) * (i & 7) * Math.PI) / 16));

function fdct(block: Float64Array): Float64Array {
  const out = new Float64Array(64);
  for (let v = 0; v < 8; v++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0;
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) sum += block[y * 8 + x]! * COS[x * 8 + u]! * COS[y * 8 + v]!;
      out[v * 8 + u] = 0.25 * (u === 0 ? Math.SQRT1_2 : 1) * (v === 0 ? Math.SQRT1_2 : 1) * sum;
    }
  }
  return out;
}

const sizeOf = (v: number) => (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1);
const bitsOf = (v: number, size: number) => (v >= 0 ? v : v + (1 << size) - 1);

interface Token {
  table: 'dc0' | 'ac0' | 'dc1' | 'ac1';
  symbol: number;
  extra: number;
  extraLen: number;
}

export function encodeJpeg(img: RgbImage = testPicture()): Uint8Array {
  const { width, height, pixels } = img;
  const planes = [new Float64Array(width * height), new Float64Array(width * height), new Float64Array(width * height)];
  for (let i = 0; i < width * height; i++) {
    const r = pixels[i * 3]!;
    const g = pixels[i * 3 + 1]!;
    const b = pixels[i * 3 + 2]!;
    planes[0]![i] = 0.299 * r + 0.587 * g + 0.114 * b;
    planes[1]![i] = -0.168736 * r - 0.331264 * g + 0.5 * b + 128;
    planes[2]![i] = 0.5 * r - 0.418688 * g - 0.081312 * b + 128;
  }
  const q = [quantTable(4), quantTable(6)];
  const tokens: Token[] = [];
  const prevDc = [0, 0, 0];
  const mcux = Math.ceil(width / 8);
  const mcuy = Math.ceil(height / 8);
  for (let my = 0; my < mcuy; my++) {
    for (let mx = 0; mx < mcux; mx++) {
      for (let c = 0; c < 3; c++) {
        const block = new Float64Array(64);
        for (let y = 0; y < 8; y++) {
          for (let x = 0; x < 8; x++) {
            const px = Math.min(width - 1, mx * 8 + x);
            const py = Math.min(height - 1, my * 8 + y);
            block[y * 8 + x] = planes[c]![py * width + px]! - 128;
          }
        }
        const coef = fdct(block);
        const qt = q[c === 0 ? 0 : 1]!;
        const zz = ZIGZAG.map((pos, k) => Math.round(coef[pos]! / qt[k]!));
        const t = c === 0 ? 0 : 1;
        const diff = zz[0]! - prevDc[c]!;
        prevDc[c] = zz[0]!;
        const ds = sizeOf(diff);
        tokens.push({ table: `dc${t}`, symbol: ds, extra: bitsOf(diff, ds), extraLen: ds });
        let run = 0;
        for (let k = 1; k < 64; k++) {
          const v = zz[k]!;
          if (v === 0) {
            run++;
            continue;
          }
          while (run > 15) {
            tokens.push({ table: `ac${t}`, symbol: 0xf0, extra: 0, extraLen: 0 });
            run -= 16;
          }
          const s = sizeOf(v);
          tokens.push({ table: `ac${t}`, symbol: (run << 4) | s, extra: bitsOf(v, s), extraLen: s });
          run = 0;
        }
        if (run > 0) tokens.push({ table: `ac${t}`, symbol: 0x00, extra: 0, extraLen: 0 });
      }
    }
  }
  const tables = {} as Record<Token['table'], HuffTable>;
  for (const name of ['dc0', 'ac0', 'dc1', 'ac1'] as const) {
    const freq = new Map<number, number>();
    for (const tk of tokens) if (tk.table === name) freq.set(tk.symbol, (freq.get(tk.symbol) ?? 0) + 1);
    tables[name] = buildHuffTable(freq);
  }

  const w = new ByteWriter().u16be(0xffd8);
  w.u16be(0xffe0).u16be(16).ascii('JFIF\0').u8(1).u8(1).u8(0).u16be(1).u16be(1).u8(0).u8(0);
  for (const [id, table] of q.entries()) w.u16be(0xffdb).u16be(67).u8(id).bytes(table);
  w.u16be(0xffc0).u16be(17).u8(8).u16be(height).u16be(width).u8(3);
  for (const [id, tq] of [[1, 0], [2, 1], [3, 1]] as const) w.u8(id).u8(0x11).u8(tq);
  for (const [name, cls, id] of [['dc0', 0, 0], ['ac0', 1, 0], ['dc1', 0, 1], ['ac1', 1, 1]] as const) {
    const t = tables[name];
    w.u16be(0xffc4).u16be(2 + 1 + 16 + t.values.length).u8((cls << 4) | id).bytes(t.bits).bytes(t.values);
  }
  w.u16be(0xffda).u16be(12).u8(3);
  for (const [id, td] of [[1, 0x00], [2, 0x11], [3, 0x11]] as const) w.u8(id).u8(td);
  w.u8(0).u8(63).u8(0);
  // Entropy-coded data with 0xFF stuffing; pad the last byte with ones.
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const put = (code: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) {
      acc = (acc << 1) | ((code >>> i) & 1);
      if (++n === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0);
        acc = 0;
        n = 0;
      }
    }
  };
  for (const tk of tokens) {
    const [code, len] = tables[tk.table].codes.get(tk.symbol)!;
    put(code, len);
    if (tk.extraLen) put(tk.extra, tk.extraLen);
  }
  if (n > 0) put((1 << (8 - n)) - 1, 8 - n);
  w.bytes(out).u16be(0xffd9);
  return w.result();
}
