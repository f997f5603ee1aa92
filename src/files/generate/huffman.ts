/**
 * Huffman tables for JPEG built from symbol frequencies (ITU T.81 Annex K.2): code lengths by the
 * usual merge of the two least frequent nodes, a reserved symbol so no code is all ones, lengths
 * limited to 16 bits, then BITS/HUFFVAL and canonical codes (Annex C).
 */
export interface HuffTable {
  /** bits[i] = number of codes of length i+1 (16 entries). */
  bits: number[];
  values: number[];
  /** symbol → [code, length]. */
  codes: Map<number, [number, number]>;
}

const RESERVED = 256;

export function buildHuffTable(freq: Map<number, number>): HuffTable {
  const syms = [...freq.entries()].filter(([, f]) => f > 0);
  syms.push([RESERVED, 1]);
  // Code lengths via repeated merging (each node keeps the symbols under it).
  let nodes = syms.map(([s, f]) => ({ f, members: [s] }));
  const length = new Map<number, number>(syms.map(([s]) => [s, 0]));
  if (nodes.length === 1) length.set(nodes[0]!.members[0]!, 1);
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.f - b.f || a.members[0]! - b.members[0]!);
    const [a, b] = [nodes[0]!, nodes[1]!];
    for (const m of [...a.members, ...b.members]) length.set(m, length.get(m)! + 1);
    nodes = [{ f: a.f + b.f, members: [...a.members, ...b.members] }, ...nodes.slice(2)];
  }
  const counts = new Array<number>(33).fill(0);
  for (const l of length.values()) counts[l]! += 1;
  // Annex K.3 Figure K.3: limit code lengths to 16.
  for (let i = 32; i > 16; i--) {
    while (counts[i]! > 0) {
      let j = i - 2;
      while (counts[j] === 0) j--;
      counts[i]! -= 2;
      counts[i - 1]! += 1;
      counts[j + 1]! += 2;
      counts[j]! -= 1;
    }
  }
  // Symbols sorted by (original length, symbol); the reserved symbol goes last and is removed.
  const order = [...length.entries()].sort((x, y) => (x[0] === RESERVED ? 1 : y[0] === RESERVED ? -1 : x[1] - y[1] || x[0] - y[0])).map(([s]) => s);
  let longest = 16;
  while (counts[longest] === 0) longest--;
  counts[longest]! -= 1;
  const bits = counts.slice(1, 17);
  const values = order.filter((s) => s !== RESERVED);
  const codes = new Map<number, [number, number]>();
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let n = 0; n < bits[len - 1]!; n++) codes.set(values[k++]!, [code++, len]);
    code <<= 1;
  }
  return { bits, values, codes };
}
