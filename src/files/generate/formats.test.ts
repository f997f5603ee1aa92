import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasTool, runTool, toolSkipReason } from '../system-tools.ts';
import { readU32be } from './bytes.ts';
import { buildDoc } from './cfb.ts';
import { crc32 } from './crc32.ts';
import { encodeGif, lzwEncode } from './gif.ts';
import { lzwDecode, readGif } from './gif-read.ts';
import { testPicture } from './image.ts';
import { encodeJpeg, ZIGZAG } from './jpeg.ts';
import { readJpeg } from './jpeg-read.ts';
import { buildPdf, readPdfXref } from './pdf.ts';
import { buildPickle } from './pickle.ts';
import { encodePng, readPngChunks } from './png.ts';
import { buildTar, readTar } from './tar.ts';
import { buildZip } from './zip.ts';
import { readZip } from './zip-read.ts';

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('zip', () => {
  for (const method of ['store', 'deflate'] as const) {
    it(`reads back ${method}d entries with matching CRCs`, () => {
      const z = readZip(buildZip([{ name: 'a.txt', data: 'hello hello hello' }, { name: 'd/b.bin', data: new Uint8Array([0, 1, 2, 255]) }], method));
      expect(z.problems).toEqual([]);
      expect(z.entries.map((e) => e.name)).toEqual(['a.txt', 'd/b.bin']);
      expect(new TextDecoder().decode(z.entries[0]!.data)).toBe('hello hello hello');
    });
  }
  it('notices a corrupted entry', () => {
    const b = buildZip([{ name: 'a.txt', data: 'abc' }], 'store');
    b[35] = b[35]! ^ 0xff;
    expect(readZip(b).problems).toEqual(['a.txt: CRC-32 mismatch']);
  });
});

describe('png', () => {
  it('has IHDR, IDAT, IEND with valid CRCs and inflates to the pixel rows', () => {
    const { chunks, problems } = readPngChunks(encodePng(testPicture(10, 6)));
    expect(problems).toEqual([]);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(readU32be(chunks[0]!.data, 0)).toBe(10);
    expect(inflateSync(chunks[1]!.data).length).toBe(6 * (1 + 10 * 3));
  });
  it('notices a flipped byte', () => {
    const b = encodePng();
    b[20] = b[20]! ^ 1;
    expect(readPngChunks(b).problems).toContain('IHDR: CRC mismatch');
  });
});

describe('gif', () => {
  it('LZW round-trips, including code-width growth past 9 bits', () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7 + (i >> 5)) % 256);
    expect(lzwDecode(lzwEncode(data, 8), 8)).toEqual([...data]);
  });
  it('decodes to width × height pixels and ends with the trailer', () => {
    const b = encodeGif(testPicture(20, 10));
    expect(b.at(-1)).toBe(0x3b);
    expect(readGif(b)).toEqual({ width: 20, height: 10, frames: 1, problems: [] });
  });
});

describe('jpeg', () => {
  it('zig-zag order is a permutation that starts 0, 1, 8, 16, 9, 2', () => {
    expect(ZIGZAG.slice(0, 6)).toEqual([0, 1, 8, 16, 9, 2]);
    expect([...ZIGZAG].sort((a, b) => a - b)).toEqual(Array.from({ length: 64 }, (_, i) => i));
  });
  it('has SOI … SOF0 … SOS … EOI and its entropy data decodes to every block', () => {
    const r = readJpeg(encodeJpeg(testPicture(32, 24)));
    expect(r.problems).toEqual([]);
    expect(r.markers[0]).toBe('SOI');
    expect(r.markers.at(-1)).toBe('EOI');
    expect(r.markers).toContain('SOF0');
    expect({ w: r.width, h: r.height, blocks: r.blocks }).toEqual({ w: 32, h: 24, blocks: 4 * 3 * 3 });
  });
  it('encodes the colour: a flat grey picture has DC ≈ 8 × (Y − 128) and neutral chroma', () => {
    const img = { width: 8, height: 8, pixels: new Uint8Array(64 * 3).fill(200) };
    const r = readJpeg(encodeJpeg(img));
    expect(r.problems).toEqual([]);
    expect(Math.abs(r.firstDc[0]! - 8 * (200 - 128))).toBeLessThanOrEqual(4);
    expect(Math.abs(r.firstDc[1]!)).toBeLessThanOrEqual(6);
  });
});

describe('pdf', () => {
  it('every xref offset points at its object', () => {
    expect(readPdfXref(buildPdf())).toEqual({ objects: 6, problems: [] });
  });
  it('notices a shifted object', () => {
    const s = new TextDecoder('latin1').decode(buildPdf()).replace('1 0 obj', ' 1 0 obj');
    expect(readPdfXref(Uint8Array.from(s, (c) => c.charCodeAt(0))).problems.length).toBeGreaterThan(0);
  });
});

describe('tar', () => {
  it('has ustar headers with valid checksums and the end blocks', () => {
    expect(readTar(buildTar([{ name: 'a.txt', data: 'x'.repeat(700) }, { name: 'b', data: '' }]))).toEqual({ entries: [{ name: 'a.txt', size: 700 }, { name: 'b', size: 0 }], problems: [] });
  });
});

describe('cfb (.doc)', () => {
  it('is a whole number of 512-byte sectors after the signature', () => {
    const b = buildDoc();
    expect([...b.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(b.length % 512).toBe(0);
  });
});

describe.skipIf(!hasTool('unzip'))(hasTool('unzip') ? 'unzip -t agrees' : toolSkipReason('unzip'), () => {
  it('tests the archive OK', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oaic-zip-'));
    const f = path.join(dir, 'a.zip');
    writeFileSync(f, buildZip([{ name: 'a.txt', data: 'hello' }, { name: 'b/c.txt', data: 'x'.repeat(1000) }]));
    const r = runTool('unzip', ['-t', f]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('No errors detected');
  });
});

describe.skipIf(!hasTool('tar'))(hasTool('tar') ? 'tar -t agrees' : toolSkipReason('tar'), () => {
  it('lists the entries', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oaic-tar-'));
    const f = path.join(dir, 'a.tar');
    writeFileSync(f, buildTar([{ name: 'a.txt', data: 'hello' }, { name: 'main.py', data: 'print(1)\n' }]));
    expect(runTool('tar', ['-tf', f])).toEqual({ stdout: 'a.txt\nmain.py\n', status: 0 });
  });
});

describe.skipIf(!hasTool('python3'))(hasTool('python3') ? 'python3 unpickles' : toolSkipReason('python3'), () => {
  it('the pickle is the expected dict', () => {
    const r = runTool('python3', ['-c', 'import pickle,sys,json; print(json.dumps(pickle.load(sys.stdin.buffer), sort_keys=True))'], buildPickle('oaic', [1, 2, 3]));
    expect(r).toEqual({ stdout: '{"name": "oaic", "values": [1, 2, 3]}\n', status: 0 });
  });
});
