import { describe, expect, it } from 'vitest';
import type { Traffic } from '../traffic/types.ts';
import { collectShapes } from './shapes.ts';

const exchange = (body: unknown, sse: { event: string | null; data: string }[] | null = null): Traffic['exchanges'][number] => ({
  index: 0, method: 'POST', path: '/v1/x', query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: {}, responseContentType: null, responseBody: body, sse: sse?.map((e, index) => ({ index, ...e })) ?? null,
});

describe('collectShapes', () => {
  it('keys objects by `object`, items by `type`, qualifies typed elements and does not descend into metadata', () => {
    const response = { object: 'response', id: 'resp_1', metadata: { anything: 'goes' }, usage: null, output: [{ type: 'message', id: 'msg_1', content: [{ type: 'output_text', text: 'hi', annotations: [] }] }] };
    const idx = collectShapes([{ source: 't', exchanges: [exchange(response)] }]);
    expect([...idx.keys()].sort()).toEqual(['item:message', 'object:response']);
    expect([...idx.get('object:response')!.fields.keys()]).toEqual(['object', 'id', 'metadata', 'usage', 'output', 'output[]']);
    expect([...idx.get('item:message')!.fields.keys()]).toContain('content[]<output_text>.annotations');
    expect(idx.get('object:response')!.fields.get('usage')).toEqual(new Set(['null']));
  });

  it('records stream events by name: Assistants events by the object they carry, Responses events by their fields', () => {
    const idx = collectShapes([{ source: 't', exchanges: [exchange(null, [
      { event: 'thread.run.created', data: JSON.stringify({ object: 'thread.run', id: 'run_1', status: 'queued' }) },
      { event: 'response.output_text.delta', data: JSON.stringify({ type: 'response.output_text.delta', delta: 'a', sequence_number: 3 }) },
      { event: 'done', data: '[DONE]' },
    ])] }]);
    expect(idx.get('event:thread.run.created')!.fields.has('(carries object=thread.run)')).toBe(true);
    expect(idx.get('object:thread.run')!.instances).toBe(1);
    expect(idx.get('event:response.output_text.delta')!.fields.get('sequence_number')).toEqual(new Set(['number']));
    expect(idx.has('event:done')).toBe(false);
  });

  it('leaves Assistants v1 objects (file_ids) and error answers out', () => {
    const v1 = exchange({ object: 'assistant', id: 'asst_1', file_ids: [] });
    const err = { ...exchange({ object: 'thread', id: 'thread_1' }), status: 404 };
    expect(collectShapes([{ source: 't', exchanges: [v1, err] }]).size).toBe(0);
  });
});
