/**
 * Streaming, not loading: the reader asks for the next page only when the previous one is used
 * up, and a backfill writes its first batch before it has read the whole thread.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backfillThread } from './backfill.ts';
import { message, text } from './fixtures.ts';
import { inMemoryApi } from './in-memory-api.ts';
import { readThreadMessages } from './read-thread.ts';

function big(n: number) {
  const api = inMemoryApi();
  api.state.threads.set('thread_big', { messages: Array.from({ length: n }, (_, i) => message(i % 2 ? 'assistant' : 'user', [text(`m${i}`)])), steps: [] });
  return api;
}
const listCalls = (api: ReturnType<typeof inMemoryApi>) => api.state.calls.filter((c) => c.path.endsWith('/messages')).length;

describe('readThreadMessages', () => {
  it('reads oldest first, one page at a time, only as far as it is consumed', async () => {
    const api = big(1_000);
    const pages: number[] = [];
    const it = readThreadMessages(api.client, 'thread_big', { pageSize: 100, onPage: (p) => pages.push(p.total) })[Symbol.asyncIterator]();
    const first = await it.next();
    expect((first.value as { content: { text: { value: string } }[] }).content[0]!.text.value).toBe('m0');
    expect(listCalls(api)).toBe(1);
    for (let i = 0; i < 100; i++) await it.next();
    expect(listCalls(api)).toBe(2);
    await it.return?.(undefined);
    expect(pages).toEqual([100, 200]);
    expect(api.state.calls[0]!.path).toBe('/threads/thread_big/messages');
  });

  it('a backfill writes batches while it reads (the thread is never held whole)', async () => {
    const api = big(450);
    await backfillThread(api.client, { threadId: 'thread_big', stateFile: path.join(mkdtempSync(path.join(tmpdir(), 'oaic-stream-')), 's.json'), pageSize: 100 });
    const order = api.state.calls.map((c) => (c.path.endsWith('/messages') ? 'read' : c.path.endsWith('/items') && c.method === 'POST' ? 'write' : 'other'));
    const firstWrite = order.indexOf('write');
    const lastRead = order.lastIndexOf('read');
    expect(firstWrite).toBeGreaterThan(-1);
    expect(firstWrite).toBeLessThan(lastRead);
    expect(order.filter((o) => o === 'read')).toHaveLength(5);
    expect(order.filter((o) => o === 'write')).toHaveLength(23);
  });
});
