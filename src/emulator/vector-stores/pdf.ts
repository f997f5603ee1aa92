/**
 * Text from simple PDFs: every `stream … endstream` object, inflated when its dictionary says
 * /FlateDecode (node:zlib), scanned for the text-showing operators `Tj`, `TJ`, `'` and `"` with
 * literal `( … )` and hex `< … >` strings; `Td`/`TD`/`T*`/`ET` end a line. Not handled (documented
 * in LIMITATIONS.md): custom font encodings and ToUnicode CMaps (CID fonts show as bytes), object
 * streams, encryption, filters other than Flate, and reading order beyond stream order.
 */
import { inflateSync } from 'node:zlib';

export type PdfResult = { ok: true; text: string } | { ok: false; reason: string };

const MAX_STREAM_BYTES = 64 * 1024 * 1024;

export function isPdf(buf: Buffer): boolean {
  return buf.subarray(0, 1024).includes('%PDF-');
}

export function extractPdfText(buf: Buffer): PdfResult {
  if (!isPdf(buf)) return { ok: false, reason: 'The file is not a valid PDF document.' };
  const lines: string[] = [];
  let at = 0;
  for (;;) {
    const s = buf.indexOf('stream', at, 'latin1');
    if (s === -1) break;
    // `endstream` also contains `stream`: skip it.
    if (buf.subarray(Math.max(0, s - 3), s).toString('latin1') === 'end') {
      at = s + 6;
      continue;
    }
    let dataStart = s + 6;
    if (buf[dataStart] === 0x0d) dataStart++;
    if (buf[dataStart] === 0x0a) dataStart++;
    const end = buf.indexOf('endstream', dataStart, 'latin1');
    if (end === -1) break;
    const dict = buf.subarray(Math.max(0, buf.lastIndexOf('<<', s, 'latin1')), s).toString('latin1');
    let data = buf.subarray(dataStart, end);
    at = end + 9;
    if (/\/Subtype\s*\/Image|\/Type\s*\/XObject/.test(dict)) continue;
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = inflateSync(data, { maxOutputLength: MAX_STREAM_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate trailing EOL bytes */ });
      } catch {
        continue;
      }
    } else if (/\/Filter/.test(dict)) continue;
    lines.push(...textOperators(data.toString('latin1')));
  }
  const text = lines.join('\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { ok: true, text };
}

/** Run through a content stream and collect shown strings, one entry per text line. */
function textOperators(content: string): string[] {
  const out: string[] = [];
  let line = '';
  const operands: string[] = [];
  const flush = () => {
    if (line.trim()) out.push(line);
    line = '';
  };
  const re = /\(((?:\\[\s\S]|[^\\)]|\((?:\\[\s\S]|[^\\)])*\))*)\)|<([0-9A-Fa-f\s]*)>|(\[)|(\])|(-?\d*\.?\d+)|([A-Za-z'"*]+)/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (m[1] !== undefined) operands.push(literal(m[1]));
    else if (m[2] !== undefined) operands.push(hex(m[2]));
    else if (m[5] !== undefined) {
      // A large negative kerning inside TJ is a word space.
      if (Number(m[5]) < -200) operands.push(' ');
    } else if (m[6] !== undefined) {
      const op = m[6];
      if (op === 'Tj' || op === 'TJ') line += operands.join('');
      else if (op === "'" || op === '"') {
        flush();
        line += operands.join('');
      } else if (op === 'Td' || op === 'TD' || op === 'T*' || op === 'ET' || op === 'Tm') flush();
      operands.length = 0;
    }
  }
  flush();
  return out;
}

function literal(s: string): string {
  return s.replace(/\\(\d{1,3}|[\s\S])/g, (_m, e: string) => {
    if (/^\d/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '\n': '', '\r': '' } as Record<string, string>)[e] ?? e;
  });
}

function hex(s: string): string {
  const h = s.replace(/\s+/g, '');
  const padded = h.length % 2 ? `${h}0` : h;
  const bytes = Buffer.from(padded, 'hex');
  // UTF-16BE with a BOM (common for Unicode text strings); else single-byte.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).swap16().toString('utf16le');
  return bytes.toString('latin1');
}
