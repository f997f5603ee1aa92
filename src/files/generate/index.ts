/**
 * One generator per listed extension: real, valid files built from scratch (no dependencies,
 * deterministic bytes). `generateFile('.pdf')` → bytes; `brokenFile('.pdf')` → a file with the
 * right extension whose content is damaged (truncated, wrong CRC, invalid encoding), for the
 * per-file `failed` path.
 */
import { HarnessError } from '../../errors/harness-error.ts';
import { ALL_EXTENSIONS, EXTENSIONS } from '../extensions.ts';
import { utf8 } from './bytes.ts';
import { buildDoc } from './cfb.ts';
import { encodeGif } from './gif.ts';
import { encodeJpeg } from './jpeg.ts';
import { buildDocx, buildPptx, buildXlsx } from './ooxml.ts';
import { buildPdf } from './pdf.ts';
import { buildPickle } from './pickle.ts';
import { encodePng } from './png.ts';
import { buildTar } from './tar.ts';
import { TEXT_SAMPLES } from './text.ts';
import { buildZip } from './zip.ts';

export const BINARY_GENERATORS: Record<string, () => Uint8Array> = {
  '.pdf': () => buildPdf(),
  '.docx': () => buildDocx(),
  '.xlsx': () => buildXlsx(),
  '.pptx': () => buildPptx(),
  '.doc': () => buildDoc(),
  '.zip': () => buildZip([{ name: 'hello.txt', data: TEXT_SAMPLES['.txt']! }, { name: 'data/animals.csv', data: TEXT_SAMPLES['.csv']! }]),
  '.tar': () => buildTar([{ name: 'hello.txt', data: TEXT_SAMPLES['.txt']! }, { name: 'main.py', data: TEXT_SAMPLES['.py']! }]),
  '.png': () => encodePng(),
  '.jpg': () => encodeJpeg(),
  '.jpeg': () => encodeJpeg(),
  '.gif': () => encodeGif(),
  '.pkl': () => buildPickle(),
};

/** Every extension that has a generator: all of ALL_EXTENSIONS (a test holds this). */
export const GENERATED_EXTENSIONS: readonly string[] = [...Object.keys(BINARY_GENERATORS), ...Object.keys(TEXT_SAMPLES)].sort();

export function generateFile(ext: string): Uint8Array {
  const e = ext.toLowerCase();
  const text = TEXT_SAMPLES[e];
  if (text !== undefined) return utf8(text);
  const gen = BINARY_GENERATORS[e];
  if (!gen) throw new HarnessError('INPUT_UNREADABLE', `Failed to generate a ${ext} file: no generator for that extension. Use one of ${ALL_EXTENSIONS.join(' ')}.`);
  return gen();
}

/** `sample.<ext>` with its bytes and MIME type, ready for `toFile`. */
export function sampleFile(ext: string): { filename: string; bytes: Uint8Array; mime: string } {
  return { filename: `sample${ext}`, bytes: generateFile(ext), mime: EXTENSIONS[ext]?.mime ?? 'application/octet-stream' };
}

/**
 * Damaged content with a supported extension: binary formats cut to their first 40% (no
 * trailer/central directory/EOI), text formats as latin-1 bytes that are not valid utf-8.
 */
export function brokenFile(ext: string): Uint8Array {
  const good = generateFile(ext);
  if (EXTENSIONS[ext]?.kind === 'text') return Uint8Array.from([...utf8('broken '), 0xe9, 0xff, 0xfe, 0x00, 0xc3]);
  return good.subarray(0, Math.max(8, Math.floor(good.length * 0.4)));
}
