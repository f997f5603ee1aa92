/**
 * Property: reading a thread page by page through the official SDK (order asc, every page) and
 * converting it as a stream gives the same items and losses as converting it whole, whatever
 * the page size; threads span several pages. 400 cases over an in-process API (in-memory-api.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadArb } from './arbitraries.ts';
import { convertThreadExport } from './convert-thread.ts';
import { inMemoryApi } from './in-memory-api.ts';
import { readThreadItems } from './read-thread.ts';
import { ThreadConverter } from './thread-converter.ts';

describe('reading a thread page by page', () => {
  it('gives the same conversion for every page size', async () => {
    await fc.assert(
      fc.asyncProperty(threadArb({ maxMessages: 25 }), fc.integer({ min: 1, max: 9 }), async (thread, pageSize) => {
        const { state, client } = inMemoryApi();
        state.threads.set('thread_prop', { messages: thread.messages, steps: thread.steps ?? [] });
        const converter = new ThreadConverter();
        const items = [];
        for await (const e of readThreadItems(client, 'thread_prop', { pageSize, converter })) items.push(e.item);
        const whole = convertThreadExport({ messages: thread.messages, steps: thread.steps ?? [] });
        expect(items).toEqual(whole.items);
        expect(converter.losses).toEqual(whole.losses);
        const listCalls = state.calls.filter((c) => c.path.endsWith('/messages'));
        expect(listCalls.length).toBe(Math.max(1, Math.ceil(thread.messages.length / pageSize)));
      }),
      { numRuns: 400 },
    );
  });
});
