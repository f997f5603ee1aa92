/**
 * The object layer of a PDF, read without the xref table: every `N G obj … endobj` in the file
 * (the last definition of a number wins, as incremental updates do), its dictionary text and its
 * stream (inflated when /FlateDecode), plus the objects packed in object streams (/ObjStm).
 */
import { inflateSync } from 'node:zlib';

export interface PdfObject {
  /** The object's text before `stream` (its dictionary, or the whole value). */
  dict: string;
  /** Decoded stream bytes; null without a stream or with an unsupported filter. */
  stream: Buffer | null;
}

const MAX_STREAM_BYTES = 64 * 1024 * 1024;

export function inflateStream(dict: string, data: Buffer): Buffer | null {
  if (/\/FlateDecode/.test(dict)) {
    try {
      return inflateSync(data, { maxOutputLength: MAX_STREAM_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate trailing bytes */ });
    } catch {
      return null;
    }
  }
  return /\/Filter/.test(dict) ? null : data;
}

export function readObjects(buf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = buf.toString('latin1');
  const re = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const endobj = text.indexOf('endobj', start);
    const s = /\bstream\r?\n/g;
    s.lastIndex = start;
    const sm = s.exec(text);
    if (sm && (endobj === -1 || sm.index < endobj)) {
      // A stream: its bytes may contain anything, so /Length decides where it ends when it can.
      const dict = text.slice(start, sm.index);
      const dataStart = sm.index + sm[0].length;
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
      let dataEnd = length ? dataStart + Number(length[1]) : -1;
      if (dataEnd < dataStart || dataEnd > text.length || !/^\s*endstream/.test(text.slice(dataEnd, dataEnd + 20))) dataEnd = text.indexOf('endstream', dataStart);
      if (dataEnd === -1) break;
      objects.set(Number(m[1]), { dict, stream: inflateStream(dict, buf.subarray(dataStart, dataEnd)) });
      re.lastIndex = dataEnd;
      continue;
    }
    if (endobj === -1) break;
    objects.set(Number(m[1]), { dict: text.slice(start, endobj), stream: null });
    re.lastIndex = endobj;
  }
  for (const obj of [...objects.values()]) if (/\/Type\s*\/ObjStm/.test(obj.dict) && obj.stream) unpackObjectStream(obj, objects);
  return objects;
}

function unpackObjectStream(obj: PdfObject, into: Map<number, PdfObject>): void {
  const n = Number(/\/N\s+(\d+)/.exec(obj.dict)?.[1] ?? 0);
  const first = Number(/\/First\s+(\d+)/.exec(obj.dict)?.[1] ?? 0);
  const text = (obj.stream ?? Buffer.alloc(0)).toString('latin1');
  const header = text.slice(0, first).trim().split(/\s+/).map(Number);
  for (let i = 0; i < n; i++) {
    const num = header[2 * i];
    const off = header[2 * i + 1];
    if (num === undefined || off === undefined) break;
    const next = header[2 * i + 3];
    const value = text.slice(first + off, next === undefined ? undefined : first + next);
    if (!into.has(num)) into.set(num, { dict: value, stream: null });
  }
}

/** The `<< … >>` that starts at or after `from` in `text`, brackets balanced. */
export function balancedDict(text: string, from: number): string | null {
  const start = text.indexOf('<<', from);
  if (start === -1) return null;
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '<' && text[i + 1] === '<') (depth++, i++);
    else if (text[i] === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** The value of `/Key` in a dictionary: an inline dictionary, or the text of a referenced object. */
export function entry(dict: string, key: string, objects: Map<number, PdfObject>): string | null {
  const m = new RegExp(`/${key}\\s*(?:(\\d+)\\s+\\d+\\s+R|(<<))`).exec(dict);
  if (!m) return null;
  if (m[1] !== undefined) return objects.get(Number(m[1]))?.dict ?? null;
  return balancedDict(dict, m.index);
}

/** Object numbers referenced by `/Key N G R` or `/Key [N G R …]`. */
export function refs(dict: string, key: string): number[] {
  const m = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R)`).exec(dict);
  if (!m?.[1]) return [];
  return [...m[1].matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => Number(r[1]));
}
