import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalBody } from './matching.ts';

/** Rebuilds a JSON value with every object's keys in a shuffled order. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!).reverse();
    return Object.fromEntries(rotated.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
  }
  return value;
}

const jsonBody = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()));

describe('canonical JSON body', () => {
  test.prop([jsonBody, fc.nat(50)])('ignores key order and whitespace', (value, seed) => {
    const reordered = JSON.stringify(shuffleKeys(value, seed), null, seed % 3);
    expect(canonicalBody(reordered)).toBe(canonicalBody(JSON.stringify(value)));
  });

  test.prop([jsonBody])('loses nothing, so different bodies never match', (value) => {
    expect(JSON.parse(canonicalBody(JSON.stringify(value)) as string)).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
