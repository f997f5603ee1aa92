/**
 * ToUnicode CMaps (PDF 9.10.3): `begincodespacerange` gives the code width, `bfchar` and
 * `bfrange` map codes to UTF-16BE text. Enough for the Identity-H CID fonts that word processors
 * and browsers embed, whose shown strings are glyph ids meaningless without the map.
 */

export interface CMap {
  /** Bytes per code (1 or 2). */
  width: number;
  map: Map<number, string>;
}

const utf16be = (hex: string): string => {
  const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  return Buffer.from(bytes.subarray(0, bytes.length & ~1)).swap16().toString('utf16le');
};

export function parseCMap(text: string): CMap {
  const width = (/begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1]?.length ?? 4) / 2;
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1] ?? '0', 16), utf16be(m[2] ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1] ?? '0', 16);
      const hi = Math.min(parseInt(m[2] ?? '0', 16), lo + 0xffff);
      if (m[3] !== undefined) {
        // Consecutive codes map to consecutive values (the last UTF-16 unit increments).
        const base = utf16be(m[3]);
        const head = base.slice(0, -1);
        const last = base.charCodeAt(base.length - 1);
        for (let c = lo; c <= hi; c++) map.set(c, head + String.fromCharCode(last + (c - lo)));
      } else {
        const dsts = [...(m[4] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((d) => utf16be(d[1] ?? ''));
        dsts.forEach((d, i) => lo + i <= hi && map.set(lo + i, d));
      }
    }
  }
  return { width: width === 1 ? 1 : 2, map };
}

/** Shown-string bytes (latin1-decoded) through the CMap. */
export function decodeWithCMap(bytes: string, cmap: CMap): string {
  let out = '';
  for (let i = 0; i + cmap.width <= bytes.length; i += cmap.width) {
    const code = cmap.width === 1 ? bytes.charCodeAt(i) : (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
    out += cmap.map.get(code) ?? (cmap.width === 1 ? bytes[i] : '');
  }
  return out;
}
