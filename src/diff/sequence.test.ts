import { describe, expect, it } from 'vitest';
import { collapse, compareSequences } from './sequence.ts';

describe('sequence comparison', () => {
  it('collapses repeats', () => {
    expect(collapse(['a', 'b', 'b', 'b', 'c', 'b'])).toEqual(['a', 'b', 'c', 'b']);
  });
  it('equal sequences give nothing; repeat counts alone are repeatsOnly', () => {
    expect(compareSequences(['a', 'b'], ['a', 'b'])).toBeNull();
    expect(compareSequences(['a', 'b', 'b', 'c'], ['a', 'b', 'c'])).toMatchObject({ repeatsOnly: true, reordered: false, occurrences: false });
  });
  it('separates names on one side only from reorders and occurrence changes', () => {
    expect(compareSequences(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual({ repeatsOnly: false, removed: [], added: ['x'], reordered: false, occurrences: false });
    expect(compareSequences(['a', 'b', 'c'], ['a', 'c'])).toEqual({ repeatsOnly: false, removed: ['b'], added: [], reordered: false, occurrences: false });
    expect(compareSequences(['a', 'b', 'c'], ['b', 'a', 'c'])).toMatchObject({ reordered: true, occurrences: false });
    expect(compareSequences(['a', 'b', 'c'], ['a', 'b', 'a', 'c'])).toMatchObject({ reordered: false, occurrences: true });
  });
});
