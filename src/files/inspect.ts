/**
 * Is this really a <format> file? Structural checks per format, as a table from extension to
 * reader (magic bytes, then parsing back: ZIP entries and CRCs, PNG chunk CRCs, PDF xref offsets,
 * JPEG markers and entropy data, GIF LZW data and trailer, ustar checksums). Used by the tests and
 * by the scenarios that download code-interpreter outputs. Problems are values.
 */
import { readU32le } from './generate/bytes.ts';
import { CFB_SIGNATURE } from './generate/cfb.ts';
import { readGif } from './generate/gif-read.ts';
import { readJpeg } from './generate/jpeg-read.ts';
import { readPdfXref } from './generate/pdf.ts';
import { readPngChunks } from './generate/png.ts';
import { readTar } from './generate/tar.ts';
import { readZip } from './generate/zip-read.ts';
import { EXTENSIONS } from './extensions.ts';
import { detectTextEncoding } from './text-encoding.ts';

export type Inspector = (b: Uint8Array) => string[];

const ooxml = (main: string): Inspector => (b) => {
  const z = readZip(b);
  const names = z.entries.map((e) => e.name);
  const problems = [...z.problems];
  if (names[0] !== '[Content_Types].xml') problems.push('[Content_Types].xml is not the first entry');
  if (!names.includes('_rels/.rels')) problems.push('no _rels/.rels');
  if (!names.includes(main)) problems.push(`no ${main}`);
  for (const e of z.entries.filter((x) => x.name.endsWith('.xml') || x.name.endsWith('.rels'))) {
    if (!new TextDecoder().decode(e.data).startsWith('<?xml')) problems.push(`${e.name} is not XML`);
  }
  return problems;
};

export const INSPECTORS: Record<string, Inspector> = {
  '.pdf': (b) => readPdfXref(b).problems,
  '.zip': (b) => readZip(b).problems,
  '.docx': ooxml('word/document.xml'),
  '.xlsx': ooxml('xl/workbook.xml'),
  '.pptx': ooxml('ppt/presentation.xml'),
  '.tar': (b) => readTar(b).problems,
  '.png': (b) => readPngChunks(b).problems,
  '.jpg': (b) => readJpeg(b).problems,
  '.jpeg': (b) => readJpeg(b).problems,
  '.gif': (b) => readGif(b).problems,
  '.doc': (b) => (CFB_SIGNATURE.every((v, i) => b[i] === v) && readU32le(b, 0x30) !== 0xffffffff ? [] : ['no Compound File Binary header']),
  '.pkl': (b) => (b[0] === 0x80 && b.at(-1) === 0x2e ? [] : ['not a protocol 2+ pickle ending in STOP']),
};

/** Problems with `bytes` as a file of extension `ext` ([] = looks valid). */
export function inspectFile(ext: string, bytes: Uint8Array): string[] {
  const inspector = INSPECTORS[ext];
  if (inspector) return inspector(bytes);
  if (EXTENSIONS[ext]?.kind === 'text') return detectTextEncoding(bytes) ? (ext === '.json' ? jsonProblems(bytes) : []) : ['not utf-8, utf-16 or ascii text'];
  return [`no inspector for ${ext}`];
}

function jsonProblems(b: Uint8Array): string[] {
  try {
    JSON.parse(new TextDecoder().decode(b));
    return [];
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
}

/** The image format by magic bytes. */
export function sniffImage(b: Uint8Array): '.png' | '.jpeg' | '.gif' | null {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return '.png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return '.jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return '.gif';
  return null;
}
