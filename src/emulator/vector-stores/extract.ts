/**
 * What indexing reads out of a file: plain text for text and code files (UTF-8, UTF-16 with a BOM,
 * or ASCII, as the File Search page requires), HTML without markup, PDF text (pdf.ts), the XML text
 * of .docx/.pptx/.xlsx (zip.ts), printable runs of legacy .doc. A failure carries the per-file
 * `last_error` the service would report (`invalid_file` for broken content). The dispatch is a
 * table by extension.
 */
import { countTokens } from './chunk.ts';
import { extractPdfText } from './pdf.ts';
import { extensionOf } from './supported.ts';
import type { LastError } from './types.ts';
import { readZip } from './zip.ts';

export type Extraction = { ok: true; text: string } | { ok: false; error: LastError };

/** The service words parse failures "The file could not be parsed because it is too large." (seen live); the other reasons follow it. */
const invalid = (reason: string): Extraction => ({ ok: false, error: { code: 'invalid_file', message: `The file could not be parsed because ${reason}.` } });

/** Per-file cap of the File Search docs (the spec says 2,000,000 for Assistants; the docs' 5,000,000 is used). */
export const MAX_FILE_TOKENS = 5_000_000;

const TEXT_EXTENSIONS = ['.txt', '.md', '.json', '.css', '.js', '.ts', '.py', '.rb', '.php', '.java', '.c', '.cpp', '.cs', '.go', '.sh', '.tex'];

type Extractor = (content: Buffer) => Extraction;

const EXTRACTORS: Record<string, Extractor> = {
  ...Object.fromEntries(TEXT_EXTENSIONS.map((e) => [e, plainText])),
  '.html': (c) => then(plainText(c), htmlToText),
  '.pdf': (c) => {
    const r = extractPdfText(c);
    return r.ok ? { ok: true, text: r.text } : invalid(r.reason);
  },
  '.docx': (c) => officeXml(c, (n) => /^word\/(document|header\d*|footer\d*|footnotes)\.xml$/.test(n), 'w'),
  '.pptx': (c) => officeXml(c, (n) => /^ppt\/(slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/.test(n), 'a'),
  '.xlsx': (c) => officeXml(c, (n) => n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n), ''),
  '.doc': legacyDoc,
};

/** Content signatures of formats file_search does not read: under a supported name they fail `unsupported_file`. */
const FOREIGN_SIGNATURES: readonly { type: string; magic: readonly number[] }[] = [
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', magic: [0x47, 0x49, 0x46, 0x38] },
  { type: 'a RIFF container (WebP, WAV, AVI)', magic: [0x52, 0x49, 0x46, 0x46] },
  { type: 'application/gzip', magic: [0x1f, 0x8b] },
];

/** The text of a file, by its extension. Unknown extensions are read as text. */
export function extractText(filename: string, content: Buffer): Extraction {
  const foreign = FOREIGN_SIGNATURES.find((s) => s.magic.every((b, i) => content[i] === b));
  if (foreign) return { ok: false, error: { code: 'unsupported_file', message: 'The file type is not supported.' } };
  const extractor = EXTRACTORS[extensionOf(filename)] ?? plainText;
  const r = extractor(content);
  if (r.ok && !r.text.trim()) return invalid('it contains no text');
  if (r.ok && countTokens(r.text) > MAX_FILE_TOKENS) return invalid('it is too large');
  return r;
}

function then(r: Extraction, f: (t: string) => string): Extraction {
  return r.ok ? { ok: true, text: f(r.text) } : r;
}

export function plainText(c: Buffer): Extraction {
  const bad = invalid('it is not valid UTF-8, UTF-16 or ASCII text');
  let text: string;
  if (c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf) text = decodeUtf8(c.subarray(3)) ?? '\u0000';
  else if (c[0] === 0xff && c[1] === 0xfe) text = c.subarray(2, 2 + ((c.length - 2) & ~1)).toString('utf16le');
  else if (c[0] === 0xfe && c[1] === 0xff) text = Buffer.from(c.subarray(2, 2 + ((c.length - 2) & ~1))).swap16().toString('utf16le');
  else text = decodeUtf8(c) ?? '\u0000';
  // NUL bytes mean binary content under a text extension.
  return text.includes('\u0000') ? bad : { ok: true, text };
}

function decodeUtf8(c: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(c);
  } catch {
    return null;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|h[1-6]|li|tr|section|article|pre|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(body).replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

/** Text runs of WordprocessingML (`w`), DrawingML (`a`) or SpreadsheetML (`''`), one line per paragraph. */
function officeXml(c: Buffer, want: (name: string) => boolean, ns: string): Extraction {
  const entries = readZip(c, want);
  if (!entries || entries.size === 0) return invalid('it is not a valid Office Open XML document');
  const prefix = ns ? `${ns}:` : '';
  const names = [...entries.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const parts = names.map((n) => {
    const xml = (entries.get(n) ?? Buffer.alloc(0)).toString('utf8');
    const para = new RegExp(`</${prefix}(p|si|row)>`, 'g');
    const run = new RegExp(`<${prefix}t(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}t>|<(?:${prefix})?v>([\\s\\S]*?)</(?:${prefix})?v>`, 'g');
    return xml
      .split(para)
      .map((chunk) => [...chunk.matchAll(run)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')).join(''))
      .filter((l) => l.trim())
      .join('\n');
  });
  return { ok: true, text: parts.filter(Boolean).join('\n\n') };
}

/** Legacy Word: no parser; take the UTF-16LE and ASCII runs of printable text (≥ 4 characters). */
function legacyDoc(c: Buffer): Extraction {
  if (!(c[0] === 0xd0 && c[1] === 0xcf && c[2] === 0x11 && c[3] === 0xe0)) return invalid('it is not a valid Word document');
  const utf16 = c.subarray(0, c.length & ~1).toString('utf16le').match(/[\p{L}\p{N}\p{P}\s]{4,}/gu) ?? [];
  const ascii = c.toString('latin1').match(/[\x20-\x7e\r\n\t]{4,}/g) ?? [];
  const runs = utf16.join('').length >= ascii.join('').length ? utf16 : ascii;
  return { ok: true, text: runs.map((r) => r.trim()).filter(Boolean).join('\n') };
}
