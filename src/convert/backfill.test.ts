import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HarnessError } from '../errors/harness-error.ts';
import { backfillThread, MARKER_KEY, type BackfillProgress } from './backfill.ts';
import { convertThreadExport } from './convert-thread.ts';
import { functionCall, message, messageCreation, step, text, toolCalls } from './fixtures.ts';
import { inMemoryApi, type InMemoryOptions } from './in-memory-api.ts';

function thread(n: number) {
  const messages = Array.from({ length: n }, (_, i) => message(i % 2 ? 'assistant' : 'user', [text(`m${i}`)], i % 2 ? { run_id: `run_${i}` } : {}));
  const steps = messages.filter((m) => m.run_id).flatMap((m) => [step(m.run_id!, toolCalls(functionCall(`call_${m.id}`, 'f', '{}', 'ok')), { created_at: 1 }), step(m.run_id!, messageCreation(m.id), { created_at: 2 })]);
  return { messages, steps };
}

function setup(n: number, opts: InMemoryOptions = {}, shared?: ReturnType<typeof inMemoryApi>['state']) {
  const api = inMemoryApi(opts);
  if (shared) Object.assign(api.state, { threads: shared.threads, conversations: shared.conversations, files: shared.files });
  else api.state.threads.set('thread_bf', { ...thread(n), metadata: { team: 'a' } });
  return api;
}

const stateFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'oaic-bf-')), 'state.json');

describe('backfillThread', () => {
  it('writes the whole thread in calls of at most 20 items, then the thread metadata', async () => {
    const api = setup(30);
    const file = stateFile();
    const progress: BackfillProgress[] = [];
    const r = await backfillThread(api.client, { threadId: 'thread_bf', stateFile: file, pageSize: 7, onProgress: (p) => progress.push(p) });
    const t = api.state.threads.get('thread_bf')!;
    const expected = convertThreadExport({ messages: t.messages, steps: t.steps }).items;
    const conv = api.state.conversations.get(r.conversationId)!;
    expect(conv.items).toEqual(expected);
    expect(r.itemsSent).toBe(expected.length);
    expect(conv.metadata).toEqual({ team: 'a' });
    const writes = api.state.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/items'));
    expect(expected.length).toBe(60);
    expect(writes.map((w) => (w.body as { items: unknown[] }).items.length)).toEqual([20, 20, 20]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ status: 'completed', conversationId: r.conversationId, itemsSent: expected.length });
    expect(progress.map((p) => p.phase)).toEqual(['create', 'items', 'items', 'items', 'finish', 'done']);
    expect(progress.at(-1)).toMatchObject({ messagesRead: 30, itemsSent: 60 });
    // Running again does nothing more.
    const again = await backfillThread(api.client, { threadId: 'thread_bf', stateFile: file });
    expect(again.conversationId).toBe(r.conversationId);
    expect(api.state.conversations.size).toBe(1);
  });

  it.each(['network', '500', 'applied-then-500'] as const)('an interruption (%s) is loud, marked, and resumes without duplicates', async (kind) => {
    const first = setup(30, { failOn: { call: 3, kind } });
    const file = stateFile();
    const err = await backfillThread(first.client, { threadId: 'thread_bf', stateFile: file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HarnessError);
    expect((err as HarnessError).message).toMatch(/holds 20 item\(s\) so far and is marked oaic_backfill=in_progress; run the same command again/);
    const [conv] = [...first.state.conversations.values()];
    expect(conv!.metadata[MARKER_KEY]).toBe('in_progress');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ status: 'in_progress', itemsSent: 20 });

    const second = setup(30, {}, first.state);
    const r = await backfillThread(second.client, { threadId: 'thread_bf', stateFile: file });
    expect(r.resumed).toBe(true);
    const t = first.state.threads.get('thread_bf')!;
    expect(conv!.items).toEqual(convertThreadExport({ messages: t.messages, steps: t.steps }).items);
    expect(conv!.metadata).toEqual({ team: 'a' });
    expect(first.state.conversations.size).toBe(1);
  });

  it('keeps a full 16-key thread metadata: the marker takes one slot only while in progress', async () => {
    const meta = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, `v${i}`]));
    const api = inMemoryApi({ failOn: { call: 2, kind: '500' } });
    api.state.threads.set('thread_m', { ...thread(4), metadata: meta });
    const file = stateFile();
    await expect(backfillThread(api.client, { threadId: 'thread_m', stateFile: file })).rejects.toThrow(/marked oaic_backfill=in_progress/);
    const [conv] = [...api.state.conversations.values()];
    expect(Object.keys(conv!.metadata)).toHaveLength(16);
    expect(conv!.metadata[MARKER_KEY]).toBe('in_progress');
    const again = setup(4, {}, api.state);
    await backfillThread(again.client, { threadId: 'thread_m', stateFile: file });
    expect(conv!.metadata).toEqual(meta);
  });

  it('refuses a state file of another thread', async () => {
    const api = setup(2);
    const file = stateFile();
    await backfillThread(api.client, { threadId: 'thread_bf', stateFile: file });
    api.state.threads.set('thread_other', thread(1));
    await expect(backfillThread(api.client, { threadId: 'thread_other', stateFile: file })).rejects.toThrow(/belongs to thread_bf/);
  });

  it('looks citation filenames up through the files API', async () => {
    const api = inMemoryApi();
    api.state.files.set('file_doc', 'handbook.pdf');
    api.state.threads.set('thread_f', { messages: [message('assistant', [text('x', [{ type: 'file_citation', text: '', start_index: 1, end_index: 1, file_citation: { file_id: 'file_doc' } }])])], steps: [] });
    const r = await backfillThread(api.client, { threadId: 'thread_f', stateFile: stateFile() });
    expect(api.state.conversations.get(r.conversationId)!.items[0]).toMatchObject({ content: [{ annotations: [{ filename: 'handbook.pdf' }] }] });
    expect(r.losses).toEqual([]);
  });
});
