import { describe, expect, it } from 'vitest';
import { DeltaAccumulator, MESSAGE_DELTA_FIELDS, STEP_DELTA_FIELDS } from './assistants-deltas.ts';

describe('DeltaAccumulator', () => {
  it('concatenates per index and compares with the final array', () => {
    const acc = new DeltaAccumulator();
    expect(acc.apply([{ index: 0, type: 'text', text: { value: 'Hel' } }], MESSAGE_DELTA_FIELDS, '$')).toEqual([]);
    acc.apply([{ index: 0, type: 'text', text: { value: 'lo' } }], MESSAGE_DELTA_FIELDS, '$');
    expect(acc.compare([{ type: 'text', text: { value: 'Hello' } }], '$.content', MESSAGE_DELTA_FIELDS, true)).toEqual([]);
    expect(acc.compare([{ type: 'text', text: { value: 'Help' } }], '$.content', MESSAGE_DELTA_FIELDS, true).map((p) => p.kind)).toEqual(['mismatch']);
  });
  it('rejects a skipped or negative index, and text that no delta carried when strict', () => {
    const acc = new DeltaAccumulator();
    expect(acc.apply([{ index: 2, type: 'text' }], MESSAGE_DELTA_FIELDS, '$').map((p) => p.kind)).toEqual(['index']);
    expect(acc.apply([{ index: -1 }], MESSAGE_DELTA_FIELDS, '$').map((p) => p.kind)).toEqual(['index']);
    expect(acc.compare([{ text: { value: 'x' } }], '$', MESSAGE_DELTA_FIELDS, true).map((p) => p.kind)).toEqual(['mismatch']);
    expect(acc.compare([{ text: { value: 'x' } }], '$', MESSAGE_DELTA_FIELDS, false)).toEqual([]);
  });
  it('collects function arguments by tool-call id', () => {
    const acc = new DeltaAccumulator();
    acc.apply([{ index: 0, id: 'call_1', type: 'function', function: { arguments: '{"a"' } }], STEP_DELTA_FIELDS, '$');
    acc.apply([{ index: 0, type: 'function', function: { arguments: ':1}' } }], STEP_DELTA_FIELDS, '$');
    expect(acc.argumentsById()).toEqual(new Map([['call_1', '{"a":1}']]));
  });
});
