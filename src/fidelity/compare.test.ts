import { describe, expect, it } from 'vitest';
import { compareShapes, specNullable, typesAgree } from './compare.ts';
import type { JsonKind, ShapeIndex } from './shapes.ts';

const index = (kinds: Record<string, Record<string, JsonKind[]>>): ShapeIndex =>
  new Map(Object.entries(kinds).map(([k, f]) => [k, { instances: 1, firstSeen: 'test', fields: new Map(Object.entries(f).map(([p, t]) => [p, new Set(t)])) }]));

describe('compareShapes', () => {
  it('tolerates null against a value only where the spec marks the field nullable', () => {
    expect(specNullable('object:thread.run', 'last_error')).toBe(true);
    expect(specNullable('object:thread.run', 'status')).toBe(false);
    expect(typesAgree('object:thread.run', 'last_error', new Set(['null']), new Set(['object']))).toBe(true);
    expect(typesAgree('object:thread.run', 'status', new Set(['string']), new Set(['null', 'string']))).toBe(false);
    expect(typesAgree('object:thread.run', 'usage.total_tokens', new Set(['number']), new Set(['null']))).toBe(false);
    expect(typesAgree('object:assistant', 'response_format', new Set(['string', 'object']), new Set(['string']))).toBe(true);
  });

  it('reports missing kinds, missing and extra paths (once, at the topmost path) and mismatches', () => {
    const real = index({ 'object:thread': { id: ['string'], tool_resources: ['object'], 'tool_resources.code_interpreter': ['object'], 'tool_resources.code_interpreter.file_ids': ['array'] }, 'object:bucket': { id: ['string'] } });
    const emu = index({ 'object:thread': { id: ['number'], extra: ['string'] } });
    const diffs = compareShapes(real, emu);
    expect(diffs.find((d) => d.kind === 'object:bucket')?.kindMissing).toBe(true);
    const thread = diffs.find((d) => d.kind === 'object:thread')!;
    expect(thread.missing).toEqual(['tool_resources']);
    expect(thread.extra).toEqual(['extra']);
    expect(thread.mismatched).toEqual([{ path: 'id', real: ['string'], emulated: ['number'] }]);
  });
});
