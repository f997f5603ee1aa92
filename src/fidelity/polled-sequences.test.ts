import { describe, expect, it } from 'vitest';
import type { Traffic } from '../traffic/types.ts';
import { collapse, polledSequences } from './polled-sequences.ts';

const ex = (method: string, path: string, status: string, id = 'run_1'): Traffic['exchanges'][number] => ({
  index: 0, method, path, query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: {}, responseContentType: 'application/json', responseBody: { object: 'thread.run', id, status }, sse: null,
});

describe('polledSequences', () => {
  it('follows each created run through its retrieves, collapses repeats and skips runs left active', () => {
    const t: Traffic = { source: 'rec', exchanges: [
      ex('POST', '/v1/threads/thread_1/runs', 'queued'), ex('GET', '/v1/threads/thread_1/runs/run_1', 'queued'), ex('GET', '/v1/threads/thread_1/runs/run_1', 'in_progress'), ex('GET', '/v1/threads/thread_1/runs/run_1', 'completed'),
      ex('POST', '/v1/threads/thread_1/runs', 'queued', 'run_2'), ex('GET', '/v1/threads/thread_1/runs/run_2', 'in_progress', 'run_2'),
      ex('GET', '/v1/threads/thread_1/runs/run_3', 'failed', 'run_3'),
    ] };
    expect([...polledSequences([t])]).toEqual([['queued > in_progress > completed', 'rec']]);
    expect(collapse(['a', 'a', 'b', 'a'])).toEqual(['a', 'b', 'a']);
  });
});
