import { describe, expect, it } from 'vitest';
import { batchStream, batches } from './batch.ts';

describe('batches', () => {
  it('splits into calls of at most 20', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(batches(items).map((b) => b.length)).toEqual([20, 20, 5]);
    expect(batches(items).flat()).toEqual(items);
    expect(batches([])).toEqual([]);
    expect(() => batches(items, 21)).toThrow(RangeError);
  });
  it('streams batches', async () => {
    async function* gen() {
      for (let i = 0; i < 41; i++) yield i;
    }
    const out: number[][] = [];
    for await (const b of batchStream(gen())) out.push(b);
    expect(out.map((b) => b.length)).toEqual([20, 20, 1]);
  });
});
