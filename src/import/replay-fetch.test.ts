import { describe, expect, it } from 'vitest';
import { harLog, jsonEntry, sseEntry } from '../testing/har-builder.ts';
import { replayFetch } from './replay-fetch.ts';
import { replayThroughSdk } from './sdk-replay.ts';

const har = harLog([
  jsonEntry({ path: '/v1/threads', body: {}, at: '2026-01-01T00:00:00.000Z' }, { id: 'thread_0123456789ab', object: 'thread' }),
  sseEntry({ path: '/v1/threads/thread_0123456789ab/runs', body: { stream: true }, at: '2026-01-01T00:00:01.000Z' }, [
    { event: 'thread.run.created', data: { id: 'run_0123456789ab', object: 'thread.run', status: 'queued' } },
    { event: 'thread.run.completed', data: { id: 'run_0123456789ab', object: 'thread.run', status: 'completed' } },
    { event: 'done', data: '[DONE]' },
  ]),
  jsonEntry({ path: '/v1/threads/thread_0123456789ab/runs/run_x', status: 404, at: '2026-01-01T00:00:02.000Z' }, { error: { message: 'No run found.', type: 'invalid_request_error', param: null, code: null } }),
]);

describe('replay fetch for imported recordings', () => {
  it('answers in recorded order and refuses a request that does not match the next entry', async () => {
    const r = replayFetch(har, 'sample');
    expect((await r.fetch('https://x/v1/threads', { method: 'POST' })).status).toBe(200);
    await expect(r.fetch('https://x/v1/threads', { method: 'POST' })).rejects.toThrow(/Failed to replay POST \/v1\/threads from sample: exchange 1 was recorded as POST \/v1\/threads\/thread_0123456789ab\/runs/);
    expect(r.served()).toBe(1);
  });

  it('serves every entry to the official SDK, which parses JSON, iterates the stream and raises the API error', async () => {
    const results = await replayThroughSdk(har, 'sample');
    expect(results.map((r) => [r.request, r.expected, r.observed])).toEqual([
      ['POST /v1/threads', 'json', 'json'],
      ['POST /v1/threads/thread_0123456789ab/runs', 'stream', 'stream'],
      ['GET /v1/threads/thread_0123456789ab/runs/run_x', 'api-error', 'api-error'],
    ]);
    expect(results[1]?.events).toEqual({ observed: 2, expected: 2 });
    expect(results[2]?.status).toBe(404);
    expect(results[2]?.detail).toContain('No run found.');
  });
});
