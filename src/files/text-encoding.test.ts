import { describe, expect, it } from 'vitest';
import { detectTextEncoding } from './text-encoding.ts';

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  return new Uint8Array(b.swap16());
};

describe('detectTextEncoding', () => {
  it('tells ascii from utf-8', () => {
    expect(detectTextEncoding(new TextEncoder().encode('plain text\n'))).toBe('ascii');
    expect(detectTextEncoding(new TextEncoder().encode('naïve café ✓'))).toBe('utf-8');
  });
  it('recognises utf-16 with and without a byte-order mark', () => {
    expect(detectTextEncoding(new Uint8Array([0xff, 0xfe, ...utf16le('hi there')]))).toBe('utf-16le');
    expect(detectTextEncoding(new Uint8Array([0xfe, 0xff, ...utf16be('hi there')]))).toBe('utf-16be');
    expect(detectTextEncoding(utf16le('hello, world'))).toBe('utf-16le');
    expect(detectTextEncoding(utf16be('hello, world'))).toBe('utf-16be');
  });
  it('rejects latin-1 and binary bytes', () => {
    expect(detectTextEncoding(new Uint8Array(Buffer.from('caf\xe9 cr\xe8me', 'latin1')))).toBeNull();
    expect(detectTextEncoding(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBeNull();
    expect(detectTextEncoding(new Uint8Array([0x41, 0, 0, 0x42, 0x43]))).toBeNull();
  });
  it('rejects a byte-order mark followed by an unpaired surrogate', () => {
    expect(detectTextEncoding(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toBeNull();
  });
});
