/**
 * Property: conversation → thread → conversation is stable where both sides can express it
 * (messages: text, images with detail, refusals, annotations by index). 3,000 cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadArb } from './arbitraries.ts';
import { convertThreadExport } from './convert-thread.ts';
import { itemsToMessages } from './reverse.ts';

describe('round trip', () => {
  it('conversation → thread → conversation gives the same items', () => {
    fc.assert(
      fc.property(threadArb({ steps: false }), fc.constantFrom<'output_message' | 'plain'>('output_message', 'plain'), (thread, assistantShape) => {
        const first = convertThreadExport(thread, { assistantShape }).items;
        const back = itemsToMessages(first);
        expect(back.losses).toEqual([]);
        expect(back.messages).toHaveLength(thread.messages.length);
        const again = convertThreadExport({ messages: back.messages }, { assistantShape }).items;
        expect(again).toEqual(first);
        // And once more from the thread side: the second thread converts back to itself.
        expect(itemsToMessages(again).messages).toEqual(back.messages);
      }),
      { numRuns: 3_000 },
    );
  });
});
