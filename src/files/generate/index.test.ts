import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_EXTENSIONS, EXTENSIONS } from '../extensions.ts';
import { inspectFile } from '../inspect.ts';
import { hasTool, runTool, toolSkipReason } from '../system-tools.ts';
import { validateUpload } from '../validate-upload.ts';
import { brokenFile, GENERATED_EXTENSIONS, generateFile, sampleFile } from './index.ts';
import { MARKER } from './text.ts';

describe('a generator for every listed extension', () => {
  it('covers exactly the extensions on the two lists', () => {
    expect(GENERATED_EXTENSIONS).toEqual([...ALL_EXTENSIONS]);
  });
  for (const ext of ALL_EXTENSIONS) {
    it(`${ext}: inspects as valid, passes the upload validator, and is deterministic`, () => {
      const bytes = generateFile(ext);
      expect(bytes.length).toBeGreaterThan(0);
      expect(inspectFile(ext, bytes)).toEqual([]);
      const tool = validateUpload({ filename: `x${ext}`, bytes, tool: 'code_interpreter' }).ok || validateUpload({ filename: `x${ext}`, bytes, tool: 'file_search' }).ok;
      expect(tool).toBe(true);
      expect(generateFile(ext)).toEqual(bytes);
    });
  }
  it('text samples carry the search marker', () => {
    for (const ext of ALL_EXTENSIONS.filter((e) => EXTENSIONS[e]!.kind === 'text')) expect(new TextDecoder().decode(generateFile(ext))).toContain(MARKER);
  });
  it('sampleFile names the file and its MIME type', () => {
    expect(sampleFile('.docx')).toMatchObject({ filename: 'sample.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });
  it('throws a clear error for an extension with no generator', () => {
    expect(() => generateFile('.h')).toThrow(/^Failed to generate a \.h file: no generator/);
  });
});

describe('broken files', () => {
  for (const ext of ALL_EXTENSIONS.filter((e) => e !== '.pkl' && e !== '.doc')) {
    it(`${ext}: the damaged variant fails inspection`, () => {
      expect(inspectFile(ext, brokenFile(ext)).length).toBeGreaterThan(0);
    });
  }
});

/** What Debian's `file` (5.44) says about each binary format. */
const FILE_SAYS: Record<string, RegExp> = {
  '.pdf': /^PDF document, version 1\.4, 1 page/,
  '.docx': /^Microsoft Word 2007\+/,
  '.xlsx': /^Microsoft Excel 2007\+/,
  '.pptx': /^Microsoft PowerPoint 2007\+/,
  '.doc': /^(CDFV2|Composite Document File V2)/,
  '.zip': /^Zip archive data/,
  '.tar': /^POSIX tar archive/,
  '.png': /^PNG image data, 32 x 24, 8-bit\/color RGB/,
  '.jpg': /^JPEG image data, JFIF standard 1\.01.*baseline, precision 8, 32x24, components 3/,
  '.jpeg': /^JPEG image data/,
  '.gif': /^GIF image data, version 89a, 32 x 24/,
  '.json': /JSON/,
  '.html': /HTML document/,
  '.xml': /XML 1\.0 document/,
};

describe.skipIf(!hasTool('file'))(hasTool('file') ? 'Debian file(1) agrees' : toolSkipReason('file'), () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'oaic-gen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const [ext, re] of Object.entries(FILE_SAYS)) {
    it(`${ext}`, () => {
      const f = path.join(dir, `sample${ext}`);
      writeFileSync(f, generateFile(ext));
      expect(runTool('file', ['-b', f]).stdout).toMatch(re);
    });
  }
  it('text formats are text', () => {
    for (const ext of ALL_EXTENSIONS.filter((e) => EXTENSIONS[e]!.kind === 'text')) {
      const f = path.join(dir, `sample${ext}`);
      writeFileSync(f, generateFile(ext));
      expect(runTool('file', ['-b', '--mime-encoding', f]).stdout.trim(), ext).toBe('us-ascii');
    }
  });
});
