import { describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { sampleRun } from '../testing/sample-run.ts';
import { buildProfile } from './profile.ts';

describe('behaviour profile', () => {
  const p = buildProfile('streaming.sample-run', harToTraffic(sampleRun({ seed: 'one', polls: 3 }), 'one'));

  it('lists HTTP statuses per templated request', () => {
    expect(p.requests).toEqual({
      'POST /v1/threads': [200],
      'POST /v1/threads/{thread}/runs': [200],
      'GET /v1/threads/{thread}/runs/{run}': [200, 200, 200, 404],
    });
    expect(p.contentTypes['POST /v1/threads/{thread}/runs']).toEqual(['text/event-stream']);
  });

  it('keeps the event-name sequence of each stream and the status sequence of each object', () => {
    expect(p.streams['POST /v1/threads/{thread}/runs#1']).toEqual([
      'thread.run.created', 'thread.run.queued', 'thread.run.in_progress', 'thread.message.created',
      'thread.message.delta', 'thread.message.completed', 'thread.run.completed', 'done',
    ]);
    expect(p.statuses['thread.run <run#1>']).toEqual(['queued', 'queued', 'in_progress', 'completed', 'completed', 'completed', 'completed']);
    expect(p.statuses['thread.message <msg#1>']).toEqual(['in_progress', 'completed']);
  });

  it('records field paths and types per object kind, and errors with their status', () => {
    expect(p.fields['thread.run']?.['usage']).toEqual(['null', 'object']);
    expect(p.fields['thread.run']?.['usage.total_tokens']).toEqual(['number']);
    expect(p.fields['thread.message > text']?.['text.value']).toEqual(['string']);
    expect(p.values['thread.run']?.['model']).toEqual(['"gpt-4o-mini"']);
    expect(p.errors['GET /v1/threads/{thread}/runs/{run}']).toEqual([
      JSON.stringify({ status: 404, code: null, type: 'invalid_request_error', param: null, message: "No run found with id '<run#2>'." }),
    ]);
  });

  it('records error events of a stream as errors, and does not compare event numbering without --text', () => {
    const har = sampleRun({ seed: 'two' });
    const stream = har.log.entries[1]!;
    stream.response.content.text = 'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\nevent: error\ndata: {"type":"error","sequence_number":1,"code":"server_error","message":"The server had an error.","param":null}\n\n';
    const q = buildProfile('s', harToTraffic(har, 'two'));
    expect(q.errors['POST /v1/threads/{thread}/runs#1 event error']).toEqual([JSON.stringify({ status: null, code: 'server_error', type: 'error', param: null, message: 'The server had an error.' })]);
    expect(q.values['error']?.['sequence_number']).toEqual(['0']);
    expect(buildProfile('s', harToTraffic(har, 'two'), { text: true }).values['error']?.['sequence_number']).toEqual(['1']);
  });
});
