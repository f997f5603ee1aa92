/** Little helpers for building binary formats: a growable little/big-endian writer. */
export class ByteWriter {
  private chunks: Uint8Array[] = [];
  length = 0;

  bytes(b: Uint8Array | readonly number[]): this {
    const u = b instanceof Uint8Array ? b : Uint8Array.from(b);
    this.chunks.push(u);
    this.length += u.length;
    return this;
  }
  ascii(s: string): this {
    return this.bytes(Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff));
  }
  u8(n: number): this {
    return this.bytes([n & 0xff]);
  }
  u16le(n: number): this {
    return this.bytes([n & 0xff, (n >>> 8) & 0xff]);
  }
  u32le(n: number): this {
    return this.bytes([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
  }
  u16be(n: number): this {
    return this.bytes([(n >>> 8) & 0xff, n & 0xff]);
  }
  u32be(n: number): this {
    return this.bytes([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
  }
  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function readU16le(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
export function readU32le(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
}
export function readU32be(b: Uint8Array, o: number): number {
  return (((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)) >>> 0;
}
