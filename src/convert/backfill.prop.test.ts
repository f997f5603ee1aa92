/**
 * Property: a backfill interrupted anywhere (any write call failing, before or after the server
 * applied it) and run again ends with exactly the converted thread in the conversation: no item
 * lost, none twice, the thread's metadata, and every call within 20 items. 200 cases.
 * Known limit: when the answer to the create call itself is lost, the empty conversation it made
 * stays behind, marked in progress.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadArb } from './arbitraries.ts';
import { backfillThread } from './backfill.ts';
import { convertThreadExport } from './convert-thread.ts';
import { inMemoryApi } from './in-memory-api.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-backfill-prop-'));
let n = 0;

describe('interrupted backfills', () => {
  it('resume to exactly the converted thread', async () => {
    await fc.assert(
      fc.asyncProperty(threadArb({ maxMessages: 40 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom('500' as const, 'network' as const, 'applied-then-500' as const), fc.integer({ min: 1, max: 100 }), async (thread, failCall, kind, pageSize) => {
        const first = inMemoryApi({ failOn: { call: failCall, kind } });
        first.state.threads.set('thread_prop', { messages: thread.messages, steps: thread.steps ?? [], metadata: { origin: 'prop' } });
        const stateFile = path.join(dir, `${++n}.json`);
        const interrupted = await backfillThread(first.client, { threadId: 'thread_prop', stateFile, pageSize, lookupFilenames: false }).then(() => false, () => true);
        const again = inMemoryApi();
        Object.assign(again.state, { threads: first.state.threads, conversations: first.state.conversations });
        const r = await backfillThread(again.client, { threadId: 'thread_prop', stateFile, pageSize, lookupFilenames: false });
        const expected = convertThreadExport({ messages: thread.messages, steps: thread.steps ?? [] }).items;
        const conv = first.state.conversations.get(r.conversationId)!;
        expect(conv.items).toEqual(expected);
        expect(conv.metadata).toEqual({ origin: 'prop' });
        // The only leftover allowed: when the create call's answer was lost, an empty conversation
        // marked in progress (the Conversations API has no list endpoint to find it again).
        const others = [...first.state.conversations.values()].filter((c) => c.id !== r.conversationId);
        expect(others.every((c) => c.items.length === 0 && c.metadata['oaic_backfill'] === 'in_progress')).toBe(true);
        expect(others.length).toBe(interrupted && failCall === 1 && kind === 'applied-then-500' ? 1 : 0);
        for (const c of [...first.state.calls, ...again.state.calls]) if (c.method === 'POST' && c.path.endsWith('/items')) expect((c.body as { items: unknown[] }).items.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 200 },
    );
  });
});
