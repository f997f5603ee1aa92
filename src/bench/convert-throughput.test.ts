import { describe, expect, it } from 'vitest';
import { measureConvertThroughput } from './convert-throughput.ts';

// Shape only: the number itself is for `npm run bench`, never asserted in a timed test.
describe('measureConvertThroughput', () => {
  it('converts threads of 20 messages and reports rates against the 5,000/s target', () => {
    const r = measureConvertThroughput({ durationMs: 50, corpusSize: 10 });
    expect(r.threads).toBeGreaterThanOrEqual(10);
    expect(r.threads % 10).toBe(0);
    expect(r.target).toBe(5_000);
    expect(Math.abs(r.messagesPerSecond - r.threadsPerSecond * 20)).toBeLessThanOrEqual(20);
    expect(r.itemsPerSecond).toBeGreaterThan(r.threadsPerSecond);
  });
});
