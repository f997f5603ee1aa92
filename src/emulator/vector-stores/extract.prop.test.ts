import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk.ts';
import { extractText } from './extract.ts';
import { makeDocx, makePdf, makeStructuredPdf } from './test-documents.ts';

const seeds = [
  makePdf(['seed text one', 'seed (two)']),
  makeStructuredPdf({ 1: '<< /Type /Catalog /Pages 2 0 R >>', 2: '<< /Type /Pages /Kids [3 0 R] >>', 3: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>', 4: { dict: '', stream: 'BT (x) Tj ET' } }, { packed: [2, 3] }),
  makeDocx(['a paragraph']),
];

/** A seed document with some bytes overwritten and maybe truncated. */
const mutated = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), fc.nat()).map(([seed, edits, cut]) => {
  const b = Buffer.from(seed);
  for (const [at, v] of edits) b[at % b.length] = v;
  return b.subarray(0, b.length - (cut % 8 === 0 ? cut % b.length : 0));
});

describe('extraction never throws', () => {
  it('on random bytes and damaged PDFs / DOCX, under every extension', () => {
    const names = fc.constantFrom('a.pdf', 'a.docx', 'a.pptx', 'a.xlsx', 'a.txt', 'a.html', 'a.doc', 'a.md');
    fc.assert(
      fc.property(names, fc.oneof(fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)), mutated), (name, bytes) => {
        const r = extractText(name, bytes);
        if (r.ok) expect(typeof r.text).toBe('string');
        else expect(['invalid_file', 'unsupported_file']).toContain(r.error.code);
      }),
      { numRuns: 400 },
    );
  });

  it('chunks any text into slices of it within the token budget', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 25 }), (text, max, overlap) => {
        const chunks = chunkText(text, { maxTokens: max, overlapTokens: Math.min(overlap, Math.floor(max / 2)) });
        for (const c of chunks) {
          expect(text.includes(c.text)).toBe(true);
          // A single token heavier than the budget is the only way over it.
          if (c.tokens > max) expect(c.text).not.toMatch(/\s/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
