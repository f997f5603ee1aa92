import { describe, expect, it } from 'vitest';
import { growthMB, noiseBytes, sampleMemory } from './memory.ts';

describe('memory sampling', () => {
  it('sees retained ArrayBuffers and their release after GC', async () => {
    const before = await sampleMemory();
    let held: Uint8Array[] | null = [noiseBytes(8 * 1024 * 1024), noiseBytes(8 * 1024 * 1024, 7)];
    const during = await sampleMemory();
    expect(during.arrayBuffersMB - before.arrayBuffersMB).toBeGreaterThanOrEqual(15);
    expect(held.length).toBe(2);
    held = null;
    const after = await sampleMemory();
    expect(during.arrayBuffersMB - after.arrayBuffersMB).toBeGreaterThanOrEqual(15);
    expect(growthMB([during, after])).toBeLessThan(-10);
  });
  it('makes deterministic, non-constant bytes', () => {
    const a = noiseBytes(1000);
    expect(a).toEqual(noiseBytes(1000));
    expect(new Set(a).size).toBeGreaterThan(200);
  });
});
