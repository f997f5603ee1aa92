import { describe, expect, it } from 'vitest';
import { AUTO_CHUNKING, chunkText } from './chunk.ts';

/** Words of at most 4 characters: one token each. */
const w = (i: number) => `w${i.toString(36)}`;
const words = (n: number) => Array.from({ length: n }, (_, i) => w(i)).join(' ');

describe('chunkText', () => {
  it('keeps short text in one chunk, exactly as written', () => {
    expect(chunkText('Hello,  world!\nBye.')).toEqual([{ index: 0, text: 'Hello,  world!\nBye.', tokens: 8 }]);
    expect(chunkText('   ')).toEqual([]);
  });

  it('windows long text with the overlap of the strategy and covers every token', () => {
    const text = words(2000);
    const chunks = chunkText(text, AUTO_CHUNKING);
    expect(chunks.every((c) => c.tokens <= 800)).toBe(true);
    // Windows start every max - overlap = 400 tokens: 0, 400, ..., 1200 (the last one reaches the end).
    expect(chunks.map((c) => c.text.split(' ')[0])).toEqual([0, 400, 800, 1200].map(w));
    expect(chunks.map((c) => c.tokens)).toEqual([800, 800, 800, 800]);
    expect(chunks[chunks.length - 1]?.text.endsWith(w(1999))).toBe(true);
    for (const c of chunks) expect(text.includes(c.text)).toBe(true);
  });

  it('honours a static strategy and is deterministic', () => {
    const text = words(1000);
    const a = chunkText(text, { maxTokens: 100, overlapTokens: 0 });
    expect(a).toHaveLength(10);
    expect(a.map((c) => c.tokens)).toEqual(Array(10).fill(100));
    expect(chunkText(text, { maxTokens: 100, overlapTokens: 0 })).toEqual(a);
  });

  it('counts long words as several tokens and still terminates on a single huge token', () => {
    // 'Hello' is 2 tokens (5 characters), punctuation runs 1 each.
    expect(chunkText('abcdefghij')[0]?.tokens).toBe(3);
    const huge = 'x'.repeat(10_000);
    expect(chunkText(`${huge} tail`, { maxTokens: 100, overlapTokens: 50 }).map((c) => c.text.length)).toEqual([10_000, 4]);
  });
});
