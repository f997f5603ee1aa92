import { describe, expect, it } from 'vitest';
import { PNG_SIGNATURE } from '../../runs/builtins/png.ts';
import { partialImages, promptPng } from './image-generation.ts';

describe('simulated image generation pictures', () => {
  it('are real PNGs, the same for the same prompt and different for another', () => {
    const a = promptPng('an axolotl');
    expect(a.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(a.readUInt32BE(16)).toBe(64);
    expect(promptPng('an axolotl').equals(a)).toBe(true);
    expect(promptPng('a heron').equals(a)).toBe(false);
  });

  it('gives 0..3 distinct partial images, none equal to the final one', () => {
    expect(partialImages('x', 0)).toEqual([]);
    expect(partialImages('x', 9)).toHaveLength(3);
    const parts = partialImages('x', 2);
    const final = promptPng('x').toString('base64');
    expect(new Set([...parts, final]).size).toBe(3);
  });
});
