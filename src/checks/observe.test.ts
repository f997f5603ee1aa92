import { describe, expect, it } from 'vitest';
import { apiOf, apisOf, eventData, sightings, streamApi } from './observe.ts';
import { stream, traffic } from './testing/build.ts';

describe('observe', () => {
  it('tells the API from the path, with or without /v1', () => {
    expect(['/v1/threads/t/runs', '/assistants', '/v1/responses/r', '/v1/conversations/c/items', '/v1/files', '/v1/vector_stores/v', '/v1/models'].map((p) => apiOf({ path: p }))).toEqual(['assistants', 'assistants', 'responses', 'conversations', 'files', 'vector_stores', 'other']);
  });
  it('tells the API of a bare stream from its events', () => {
    const t = traffic(stream('', [{ event: null, data: { type: 'response.created' } }]));
    expect(streamApi(t.exchanges[0]!.sse!)).toBe('responses');
    expect([...apisOf(t)]).toEqual(['responses']);
  });
  it('finds objects in bodies, list pages and stream events, in order', () => {
    const run = { object: 'thread.run', id: 'run_1' };
    const t = traffic({ path: '/v1/threads/t/runs/run_1', body: run }, { path: '/v1/threads/t/runs', body: { object: 'list', data: [run] } }, stream('/v1/threads/t/runs', [{ event: 'thread.run.created', data: run }]));
    expect([...sightings(t, 'thread.run')].map((s) => [s.exchange, s.path, s.event ?? null])).toEqual([[0, '$', null], [1, '$.data[0]', null], [2, '$', 0]]);
  });
  it('parses event data once and never throws on junk', () => {
    const t = traffic(stream('', [{ event: 'x', data: '{oops' }]));
    expect(eventData(t.exchanges[0]!.sse![0]!)).toBeUndefined();
  });
});
