import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart } from './multipart.ts';

const body = (boundary: string, eol: string, parts: string[]): Buffer => Buffer.from(`preamble${eol}${parts.map((p) => `--${boundary}${eol}${p}${eol}`).join('')}--${boundary}--${eol}`, 'utf8');

describe('multipartBoundary', () => {
  it('reads quoted and bare boundaries and rejects other types', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----formdata-undici-0123')).toBe('----formdata-undici-0123');
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; boundary="a b;c"')).toBe('a b;c');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });
});

describe('parseMultipart', () => {
  it('splits fields and files with CRLF line ends', () => {
    const b = body('XyZ', '\r\n', ['Content-Disposition: form-data; name="purpose"\r\n\r\nassistants', 'Content-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2']);
    const r = parseMultipart(b, 'XyZ');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parts.map((p) => [p.name, p.filename, p.contentType, p.data.toString()])).toEqual([
      ['purpose', undefined, undefined, 'assistants'],
      ['file', 'notes.txt', 'text/plain', 'line 1\r\nline 2'],
    ]);
  });

  it('keeps binary data that contains the boundary text mid-line, and empty files', () => {
    const data = Buffer.from([0, 255, 13, 10, 45, 45]);
    const head = Buffer.from('--B\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\n\r\n');
    const mid = Buffer.from('not--B a delimiter');
    const tail = Buffer.from('\r\n--B\r\nContent-Disposition: form-data; name="empty"; filename="e.txt"\r\n\r\n\r\n--B--\r\n');
    const r = parseMultipart(Buffer.concat([head, data, mid, tail]), 'B');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parts[0]?.data.equals(Buffer.concat([data, mid]))).toBe(true);
    expect(r.parts[1]?.data.length).toBe(0);
  });

  it('tolerates bare LF line ends and decodes UTF-8 and RFC 5987 filenames', () => {
    const b = body('q', '\n', ['Content-Disposition: form-data; name="file"; filename="r\u00e9sum\u00e9 \\"1\\".md"\n\nhi', "Content-Disposition: form-data; name=\"f2\"; filename=\"fallback\"; filename*=UTF-8''%E2%82%AC.txt\n\nx"]);
    const r = parseMultipart(b, 'q');
    expect(r.ok && r.parts.map((p) => p.filename)).toEqual(['r\u00e9sum\u00e9 "1".md', '\u20ac.txt']);
  });

  it('reports malformed bodies instead of throwing', () => {
    expect(parseMultipart(Buffer.from('nothing here'), 'B')).toEqual({ ok: false, reason: 'the body does not contain the boundary' });
    expect(parseMultipart(Buffer.from('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'), 'B').ok).toBe(false);
    expect(parseMultipart(Buffer.from('--B\r\nX-Other: 1\r\n\r\nv\r\n--B--'), 'B')).toEqual({ ok: false, reason: 'a part has no form-data Content-Disposition' });
  });
});
