import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { encodeMultipart, fixEncodedMultipart, FIXED_BOUNDARY } from './multipart.ts';

const body = (boundary: string) => `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nassistants\r\n--${boundary}--\r\n`;

describe('multipart with a fixed boundary', () => {
  it('re-encodes FormData with the fixed boundary, byte for byte the same each time', async () => {
    const form = () => {
      const f = new FormData();
      f.set('purpose', 'assistants');
      f.set('file', new File([new Uint8Array([0, 255, 1])], 'a.bin'));
      return f;
    };
    const a = await encodeMultipart(form());
    const b = await encodeMultipart(form());
    expect(a.contentType).toBe(`multipart/form-data; boundary=${FIXED_BOUNDARY}`);
    expect(Buffer.from(a.body).equals(Buffer.from(b.body))).toBe(true);
  });

  it('reads a multipart body the SDK encoded itself (a Node stream, as openai 4.x sends) and swaps its random boundary', async () => {
    const random = 'form-data-boundary-x7y1q9';
    const fixed = await fixEncodedMultipart(Readable.from([Buffer.from(body(random))]), `multipart/form-data; boundary=${random}`);
    expect(fixed?.contentType).toBe(`multipart/form-data; boundary=${FIXED_BOUNDARY}`);
    expect(Buffer.from(fixed!.body).toString()).toBe(body(FIXED_BOUNDARY));
    const fromStream = await fixEncodedMultipart(new Response(body('other')).body, 'multipart/form-data; boundary="other"');
    expect(Buffer.from(fromStream!.body).toString()).toBe(body(FIXED_BOUNDARY));
  });

  it('leaves bodies without a boundary alone', async () => {
    expect(await fixEncodedMultipart('x', 'multipart/form-data')).toBeNull();
    expect(await fixEncodedMultipart(null, 'multipart/form-data; boundary=b')).toBeNull();
  });
});
