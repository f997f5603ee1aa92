/**
 * Structural JPEG reader: walks the markers (SOI … EOI), reads SOF0/DQT/DHT/SOS, then decodes the
 * baseline entropy-coded segment with the file's Huffman tables, counting blocks and collecting
 * the DC coefficients (4:4:4 scans; subsampled files get the marker walk only). Enough to tell a real baseline JPEG from a byte blob; problems are values.
 */
export interface JpegRead {
  markers: string[];
  width: number;
  height: number;
  components: number;
  blocks: number;
  /** Dequantised DC of each component's first block (≈ 8 × (mean − 128)). */
  firstDc: number[];
  problems: string[];
}

const NAMES: Record<number, string> = { 0xd8: 'SOI', 0xe0: 'APP0', 0xdb: 'DQT', 0xc0: 'SOF0', 0xc4: 'DHT', 0xda: 'SOS', 0xd9: 'EOI' };

interface Huff {
  lookup: Map<string, number>;
}

export function readJpeg(b: Uint8Array): JpegRead {
  const r: JpegRead = { markers: [], width: 0, height: 0, components: 0, blocks: 0, firstDc: [], problems: [] };
  if (b[0] !== 0xff || b[1] !== 0xd8) return { ...r, problems: ['no SOI marker'] };
  r.markers.push('SOI');
  const huff = new Map<number, Huff>();
  const qt = new Map<number, number[]>();
  let comps: { id: number; hv: number; tq: number; td: number; ta: number }[] = [];
  let subsampled = false;
  let p = 2;
  while (p < b.length) {
    if (b[p] !== 0xff) return { ...r, problems: [...r.problems, `expected a marker at ${p}`] };
    const m = b[p + 1]!;
    r.markers.push(NAMES[m] ?? `0x${m.toString(16)}`);
    if (m === 0xd9) break;
    const len = (b[p + 2]! << 8) | b[p + 3]!;
    const seg = b.subarray(p + 4, p + 2 + len);
    if (m === 0xc0) {
      r.height = (seg[1]! << 8) | seg[2]!;
      r.width = (seg[3]! << 8) | seg[4]!;
      r.components = seg[5]!;
      comps = Array.from({ length: r.components }, (_, i) => ({ id: seg[6 + i * 3]!, hv: seg[7 + i * 3]!, tq: seg[8 + i * 3]!, td: 0, ta: 0 }));
    } else if (m === 0xdb) {
      qt.set(seg[0]! & 15, [...seg.subarray(1, 65)]);
    } else if (m === 0xc4) {
      let o = 0;
      while (o < seg.length) {
        const tc = seg[o]!;
        const bits = [...seg.subarray(o + 1, o + 17)];
        const total = bits.reduce((a, c) => a + c, 0);
        const values = seg.subarray(o + 17, o + 17 + total);
        const lookup = new Map<string, number>();
        let code = 0;
        let k = 0;
        for (let l = 1; l <= 16; l++) {
          for (let n = 0; n < bits[l - 1]!; n++) lookup.set((code++).toString(2).padStart(l, '0'), values[k++]!);
          code <<= 1;
        }
        huff.set(tc, { lookup });
        o += 17 + total;
      }
    } else if (m === 0xda) {
      const ns = seg[0]!;
      for (let i = 0; i < ns; i++) {
        const c = comps.find((x) => x.id === seg[1 + i * 2]);
        if (c) {
          c.td = seg[2 + i * 2]! >> 4;
          c.ta = seg[2 + i * 2]! & 15;
        }
      }
      p += 2 + len;
      subsampled = comps.some((c) => c.hv !== 0x11);
      if (subsampled) {
        // Only 4:4:4 scans are decoded; skip to the next marker otherwise.
        while (p < b.length && !(b[p] === 0xff && b[p + 1] !== 0x00)) p++;
      } else p = decodeScan(b, p, r, comps, huff, qt);
      continue;
    }
    p += 2 + len;
  }
  if (r.markers.at(-1) !== 'EOI') r.problems.push('no EOI marker');
  if (!r.markers.includes('SOF0')) r.problems.push('no SOF0 (baseline) frame header');
  const expected = Math.ceil(r.width / 8) * Math.ceil(r.height / 8) * r.components;
  if (!subsampled && r.blocks !== expected) r.problems.push(`decoded ${r.blocks} blocks, expected ${expected}`);
  return r;
}

function decodeScan(b: Uint8Array, start: number, r: JpegRead, comps: { tq: number; td: number; ta: number }[], huff: Map<number, Huff>, qt: Map<number, number[]>): number {
  // Unstuff up to the next marker.
  const data: number[] = [];
  let p = start;
  while (p < b.length) {
    if (b[p] === 0xff && b[p + 1] === 0x00) {
      data.push(0xff);
      p += 2;
    } else if (b[p] === 0xff) break;
    else data.push(b[p++]!);
  }
  let bit = 0;
  const read = () => (bit < data.length * 8 ? (data[bit >> 3]! >> (7 - (bit++ & 7))) & 1 : -1);
  const decode = (h: Huff | undefined): number => {
    let s = '';
    while (s.length < 16) {
      const v = read();
      if (v < 0) return -1;
      s += v;
      const sym = h?.lookup.get(s);
      if (sym !== undefined) return sym;
    }
    return -1;
  };
  const receive = (size: number) => {
    let v = 0;
    for (let i = 0; i < size; i++) v = (v << 1) | read();
    return v < 1 << (size - 1) ? v - (1 << size) + 1 : v;
  };
  const mcus = Math.ceil(r.width / 8) * Math.ceil(r.height / 8);
  const pred = comps.map(() => 0);
  outer: for (let m = 0; m < mcus; m++) {
    for (const [ci, c] of comps.entries()) {
      const ds = decode(huff.get(c.td));
      if (ds < 0) {
        r.problems.push(`entropy data ends early at MCU ${m}`);
        break outer;
      }
      pred[ci]! += ds ? receive(ds) : 0;
      if (m === 0) r.firstDc.push(pred[ci]! * (qt.get(c.tq)?.[0] ?? 1));
      for (let k = 1; k < 64; ) {
        const rs = decode(huff.get(0x10 | c.ta));
        if (rs < 0) {
          r.problems.push(`bad AC code at MCU ${m}`);
          break outer;
        }
        if (rs === 0) break;
        k += (rs >> 4) + 1;
        if ((rs & 15) > 0) receive(rs & 15);
        if (k > 64) r.problems.push(`AC run past the block end at MCU ${m}`);
      }
      r.blocks++;
    }
  }
  return p;
}
