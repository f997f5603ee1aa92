/**
 * GIF89a encoder: header, logical screen descriptor with a 256-entry global colour table (3-3-2
 * RGB cube), one image descriptor, LZW-compressed indices (variable code width, clear and end
 * codes, table reset at 4096), sub-blocks of at most 255 bytes, trailer 0x3B.
 */
import { ByteWriter } from './bytes.ts';
import { testPicture, type RgbImage } from './image.ts';

function palette332(): Uint8Array {
  const p = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    p[i * 3] = Math.round((((i >> 5) & 7) * 255) / 7);
    p[i * 3 + 1] = Math.round((((i >> 2) & 7) * 255) / 7);
    p[i * 3 + 2] = Math.round(((i & 3) * 255) / 3);
  }
  return p;
}

/** LZW as GIF uses it (LSB-first bit packing). */
export function lzwEncode(indices: Uint8Array, minCodeSize: number): Uint8Array {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const out: number[] = [];
  let bitBuf = 0;
  let bitCount = 0;
  let width = minCodeSize + 1;
  const emit = (code: number) => {
    bitBuf |= code << bitCount;
    bitCount += width;
    while (bitCount >= 8) {
      out.push(bitBuf & 0xff);
      bitBuf >>>= 8;
      bitCount -= 8;
    }
  };
  let dict = new Map<string, number>();
  let next = end + 1;
  emit(clear);
  let prefix = '';
  for (const idx of indices) {
    const k = prefix === '' ? String(idx) : `${prefix},${idx}`;
    if (prefix === '' || dict.has(k)) {
      prefix = k;
      continue;
    }
    emit(prefix.includes(',') ? dict.get(prefix)! : Number(prefix));
    if (next < 4096) {
      dict.set(k, next++);
      if (next > 1 << width && width < 12) width++;
    } else {
      emit(clear);
      dict = new Map();
      next = end + 1;
      width = minCodeSize + 1;
    }
    prefix = String(idx);
  }
  if (prefix !== '') emit(prefix.includes(',') ? dict.get(prefix)! : Number(prefix));
  emit(end);
  if (bitCount > 0) out.push(bitBuf & 0xff);
  return Uint8Array.from(out);
}

export function encodeGif(img: RgbImage = testPicture()): Uint8Array {
  const indices = new Uint8Array(img.width * img.height);
  for (let i = 0; i < indices.length; i++) {
    const r = img.pixels[i * 3]!;
    const g = img.pixels[i * 3 + 1]!;
    const b = img.pixels[i * 3 + 2]!;
    indices[i] = ((r >> 5) << 5) | ((g >> 5) << 2) | (b >> 6);
  }
  const w = new ByteWriter().ascii('GIF89a').u16le(img.width).u16le(img.height).u8(0xf7).u8(0).u8(0).bytes(palette332());
  w.u8(0x2c).u16le(0).u16le(0).u16le(img.width).u16le(img.height).u8(0);
  const data = lzwEncode(indices, 8);
  w.u8(8);
  for (let i = 0; i < data.length; i += 255) {
    const block = data.subarray(i, i + 255);
    w.u8(block.length).bytes(block);
  }
  w.u8(0).u8(0x3b);
  return w.result();
}
