import { describe, expect, it } from 'vitest';
import { spreadWithinSeconds, timingOf } from './timing.ts';

describe('capture timing', () => {
  it('spreads exchanges that share a second evenly across it', () => {
    expect(spreadWithinSeconds([1000, 2000, 2000, 3000, 3000, 3000, 5000])).toEqual([1000, 2000, 2500, 3000, 3333, 3666, 5000]);
  });
  it('leaves millisecond timestamps and unknown times alone', () => {
    expect(spreadWithinSeconds([1000, 1000, 1250])).toEqual([1000, 1000, 1250]);
    expect(spreadWithinSeconds([NaN, NaN])).toEqual([NaN, NaN]);
    expect(spreadWithinSeconds([2000, NaN, 2000])).toEqual([2000, NaN, 2000]);
  });
  it('says what the times are worth', () => {
    expect(timingOf([1000, 2250])).toBe('recorded');
    expect(timingOf([1000, 2000])).toBe('estimated');
    expect(timingOf([1250, NaN])).toBe('estimated');
    expect(timingOf([NaN, NaN])).toBe('none');
  });
});
