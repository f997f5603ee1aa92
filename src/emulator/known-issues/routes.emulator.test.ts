import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS } from '../faults.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import { FAULT_ROUTES, SLOW_BATCH_POLL_AFTER_MS, UNKNOWN_STATUS, UNKNOWN_STATUS_POLLS } from './routes.ts';

describe('known-issue fault switches', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());
  const post = (path: string, fault: string | null, body: unknown) =>
    fetch(`${emu.baseURL}${path}`, { method: 'POST', headers: { authorization: 'Bearer ki', 'content-type': 'application/json', ...(fault ? { 'x-oaic-fault': fault } : {}) }, body: JSON.stringify(body) });

  it('registers every fault it honours in FAULTS', () => {
    for (const f of new Set(FAULT_ROUTES.map((r) => r.fault))) expect(FAULTS[f], f).toMatch(/\S/);
  });

  it('ends the stream on thread.run.completed without the trailing blank line', async () => {
    const text = await (await post('/threads/thread_1/runs', 'ki-stream-no-trailing-blank-line', { assistant_id: 'asst_1', stream: true })).text();
    expect(text).toMatch(/event: thread\.run\.completed\ndata: \{[^\n]*"status":"completed"[^\n]*\}\n$/);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('[DONE]');
  });

  it('sends a flat event: error frame as the spec shapes it', async () => {
    const text = await (await post('/threads/thread_1/runs', 'ki-stream-flat-error-event', { assistant_id: 'asst_1', stream: true })).text();
    expect(text).toContain('event: error\ndata: {"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}\n\n');
  });

  it('falls through to the owning surface without the fault, or without stream: true', async () => {
    for (const [fault, body] of [[null, { assistant_id: 'a', stream: true }], ['ki-stream-incomplete', { assistant_id: 'a' }]] as const) {
      const r = await post('/threads/thread_1/runs', fault, body);
      // No assistants surface on this branch yet: the fall-through reaches the router's 404 (or the real route).
      expect(r.headers.get('content-type')).toContain('application/json');
    }
  });

  it('reports an out-of-spec status for the first polls, then completed', async () => {
    const client = new OpenAI({ apiKey: 'ki-poll', baseURL: emu.baseURL, maxRetries: 0, defaultHeaders: { 'x-oaic-fault': 'ki-run-unknown-status' } });
    const seen: string[] = [];
    for (let i = 0; i <= UNKNOWN_STATUS_POLLS; i++) seen.push((await client.beta.threads.runs.retrieve('run_1', { thread_id: 'thread_1' })).status);
    expect(seen.slice(0, UNKNOWN_STATUS_POLLS).every((s) => s === UNKNOWN_STATUS)).toBe(true);
    expect(seen.at(-1)).toBe('completed');
  });

  it('keeps a slow batch in_progress with openai-poll-after-ms, then completes it', async () => {
    const client = new OpenAI({ apiKey: 'ki-batch', baseURL: emu.baseURL, maxRetries: 0, defaultHeaders: { 'x-oaic-fault': 'ki-file-batch-slow' } });
    const batch = await client.vectorStores.fileBatches.create('vs_1', { file_ids: ['file-1'] });
    expect(batch).toMatchObject({ object: 'vector_store.file_batch', status: 'in_progress', vector_store_id: 'vs_1' });
    const { data, response } = await client.vectorStores.fileBatches.retrieve(batch.id, { vector_store_id: 'vs_1' }).withResponse();
    expect(data.status).toBe('in_progress');
    expect(response.headers.get('openai-poll-after-ms')).toBe(String(SLOW_BATCH_POLL_AFTER_MS));
    const done = await client.vectorStores.fileBatches.poll('vs_1', batch.id, { pollIntervalMs: 1 });
    expect(done.status).toBe('completed');
  });
});
