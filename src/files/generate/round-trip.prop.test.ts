/**
 * Properties of the writers and readers: whatever goes in comes back out (ZIP stored/deflated,
 * GIF LZW, ustar), PNG encodes any picture with valid chunk CRCs, the JPEG encoder's output
 * always decodes to every block, and the readers never throw on arbitrary bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectFile, INSPECTORS } from '../inspect.ts';
import { detectTextEncoding } from '../text-encoding.ts';
import { validateUpload } from '../validate-upload.ts';
import { lzwEncode } from './gif.ts';
import { lzwDecode } from './gif-read.ts';
import { encodeJpeg } from './jpeg.ts';
import { readJpeg } from './jpeg-read.ts';
import { encodePng, readPngChunks } from './png.ts';
import { buildTar, readTar } from './tar.ts';
import { buildZip } from './zip.ts';
import { readZip } from './zip-read.ts';

const picture = fc.record({ width: fc.integer({ min: 1, max: 24 }), height: fc.integer({ min: 1, max: 24 }), seed: fc.integer() }).map(({ width, height, seed }) => {
  const pixels = new Uint8Array(width * height * 3);
  let x = seed | 1;
  for (let i = 0; i < pixels.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    pixels[i] = x & 0xff;
  }
  return { width, height, pixels };
});

describe('round trips', () => {
  it('zip: entries come back with their bytes (store and deflate)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9/._-]{0,20}$/), data: fc.uint8Array({ maxLength: 2000 }) }), { selector: (e) => e.name, maxLength: 6 }), fc.constantFrom('store' as const, 'deflate' as const), (entries, method) => {
        const z = readZip(buildZip(entries, method));
        expect(z.problems).toEqual([]);
        expect(z.entries.map((e) => [e.name, [...e.data]])).toEqual(entries.map((e) => [e.name, [...e.data]]));
      }),
      { numRuns: 200 },
    );
  });
  it('gif LZW: any index sequence decodes back (code widths up to 12 bits, table resets)', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 12_000 }), (data) => {
      expect(lzwDecode(lzwEncode(data, 8), 8)).toEqual([...data]);
    }), { numRuns: 100 });
  });
  it('tar: names and sizes come back with valid checksums', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9._-]{0,30}$/), data: fc.uint8Array({ maxLength: 1500 }) }), { maxLength: 5 }), (entries) => {
        expect(readTar(buildTar(entries))).toEqual({ entries: entries.map((e) => ({ name: e.name, size: e.data.length })), problems: [] });
      }),
      { numRuns: 200 },
    );
  });
  it('png: any picture has valid chunk CRCs', () => {
    fc.assert(fc.property(picture, (img) => {
      expect(readPngChunks(encodePng(img)).problems).toEqual([]);
    }), { numRuns: 100 });
  });
  it('jpeg: any picture (any size, not only multiples of 8) decodes to every block', () => {
    fc.assert(fc.property(picture, (img) => {
      expect(readJpeg(encodeJpeg(img)).problems).toEqual([]);
    }), { numRuns: 60 });
  });
});

describe('robustness', () => {
  it('the inspectors never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(INSPECTORS), '.txt', '.json'), fc.uint8Array({ maxLength: 600 }), (ext, bytes) => {
        expect(Array.isArray(inspectFile(ext, bytes))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
  it('any string without NUL is utf-8 or ascii', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\0')), (s) => {
      expect(['ascii', 'utf-8']).toContain(detectTextEncoding(new TextEncoder().encode(s)));
    }), { numRuns: 500 });
  });
  it('validateUpload returns problems, never throws, for any name and size', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.integer(), fc.double()), fc.constantFrom('file_search' as const, 'code_interpreter' as const), (filename, size, tool) => {
        const v = validateUpload({ filename, size, tool });
        expect(v.ok).toBe(v.problems.length === 0);
        for (const p of v.problems) expect(p.message).toMatch(/^Failed to validate /);
      }),
      { numRuns: 1000 },
    );
  });
});
