import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { MAX_FILE_BYTES } from './extensions.ts';
import { assertUpload, validateUpload } from './validate-upload.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('validateUpload', () => {
  it('accepts a supported text file in utf-8 and reports its encoding', () => {
    const v = validateUpload({ filename: 'notes.md', bytes: text('# Título\n'), tool: 'file_search' });
    expect(v).toMatchObject({ ok: true, ext: '.md', encoding: 'utf-8', problems: [] });
  });
  it('rejects an extension the tool does not list, naming the tool that does', () => {
    const v = validateUpload({ filename: 'data.csv', bytes: text('a,b\n1,2\n'), tool: 'file_search' });
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.rule)).toEqual(['UPLOAD_UNSUPPORTED_EXTENSION']);
    expect(v.problems[0]!.message).toMatch(/^Failed to validate "data.csv" for file_search: \.csv is not supported by file_search .*unsupported_file.*Use it with code_interpreter/);
  });
  it('rejects .go for code_interpreter but not for file_search', () => {
    expect(validateUpload({ filename: 'main.go', size: 10, tool: 'code_interpreter' }).ok).toBe(false);
    expect(validateUpload({ filename: 'main.go', size: 10, tool: 'file_search' }).ok).toBe(true);
  });
  it('rejects a file name without an extension', () => {
    expect(validateUpload({ filename: 'README', size: 5, tool: 'file_search' }).problems[0]!.rule).toBe('UPLOAD_NO_EXTENSION');
  });
  it('takes 512 MB exactly and rejects one byte more, by size alone', () => {
    expect(validateUpload({ filename: 'big.pdf', size: MAX_FILE_BYTES, tool: 'file_search' }).ok).toBe(true);
    const v = validateUpload({ filename: 'big.pdf', size: MAX_FILE_BYTES + 1, tool: 'file_search' });
    expect(v.problems.map((p) => p.rule)).toEqual(['UPLOAD_TOO_LARGE']);
    expect(v.problems[0]!.message).toContain('over the 512 MB limit');
  });
  it('rejects text files that are not utf-8, utf-16 or ascii, but not binary formats', () => {
    const latin1 = new Uint8Array(Buffer.from('r\xe9sum\xe9', 'latin1'));
    const v = validateUpload({ filename: 'cv.txt', bytes: latin1, tool: 'file_search' });
    expect(v.problems.map((p) => p.rule)).toEqual(['UPLOAD_TEXT_ENCODING']);
    expect(v.problems[0]!.message).toMatch(/not utf-8, utf-16 or ascii\. Re-encode it/);
    expect(validateUpload({ filename: 'x.pdf', bytes: latin1, tool: 'file_search' }).ok).toBe(true);
  });
  it('flags empty files and impossible sizes', () => {
    expect(validateUpload({ filename: 'a.txt', bytes: new Uint8Array(), tool: 'file_search' }).problems[0]!.rule).toBe('UPLOAD_EMPTY');
    expect(validateUpload({ filename: 'a.txt', size: -1, tool: 'file_search' }).problems[0]!.rule).toBe('UPLOAD_SIZE_UNKNOWN');
  });
  it('collects every problem at once', () => {
    const v = validateUpload({ filename: 'a.xlsx', size: MAX_FILE_BYTES * 2, tool: 'file_search' });
    expect(v.problems.map((p) => p.rule)).toEqual(['UPLOAD_UNSUPPORTED_EXTENSION', 'UPLOAD_TOO_LARGE']);
  });
});

describe('assertUpload', () => {
  it('throws a HarnessError with the first problem and the rest as hint', () => {
    try {
      assertUpload({ filename: 'a.xlsx', size: MAX_FILE_BYTES * 2, tool: 'file_search' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HarnessError);
      expect((e as HarnessError).message).toMatch(/^Failed to validate "a.xlsx"/);
      expect((e as HarnessError).hint).toContain('512 MB');
    }
  });
  it('returns the verdict when the file is fine', () => {
    expect(assertUpload({ filename: 'a.py', bytes: text('print(1)\n'), tool: 'code_interpreter' }).encoding).toBe('ascii');
  });
});
