import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMultipart } from './multipart.ts';

const boundary = fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,40}$/);
const field = fc.record({ name: fc.stringMatching(/^[a-z_[\]]{1,12}$/), filename: fc.option(fc.stringMatching(/^[\w. -]{1,20}$/), { nil: undefined }), data: fc.uint8Array({ maxLength: 200 }) });

describe('parseMultipart properties', () => {
  it('round-trips any parts under any boundary (CRLF or LF line ends)', () => {
    fc.assert(
      fc.property(boundary, fc.array(field, { minLength: 1, maxLength: 5 }), fc.boolean(), (b, parts, lf) => {
        const eol = lf ? '\n' : '\r\n';
        const data = parts.map((p) => Buffer.from(p.data));
        // The boundary must not occur at the start of a line inside the data (RFC 2046 requires the sender to pick it so).
        fc.pre(data.every((d) => !Buffer.concat([Buffer.from('\n'), d]).includes(`\n--${b}`)));
        // With bare-LF line ends a part ending in CR is ambiguous (CR LF is the standard delimiter); real clients send CRLF.
        if (lf) fc.pre(data.every((d) => d[d.length - 1] !== 13));
        const body = Buffer.concat([
          ...parts.flatMap((p, i) => [Buffer.from(`--${b}${eol}Content-Disposition: form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}${eol}${eol}`), data[i] ?? Buffer.alloc(0), Buffer.from(eol)]),
          Buffer.from(`--${b}--${eol}`),
        ]);
        const r = parseMultipart(body, b);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.parts.map((p) => [p.name, p.filename, Buffer.from(p.data).toString('hex')])).toEqual(parts.map((p, i) => [p.name, p.filename, data[i]?.toString('hex')]));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(boundary, fc.uint8Array({ maxLength: 400 }), (b, bytes) => {
        const r = parseMultipart(Buffer.concat([Buffer.from(`--${b}\r\n`), Buffer.from(bytes)]), b);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
