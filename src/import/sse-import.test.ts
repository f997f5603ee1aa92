import { describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { importText } from './import-file.ts';
import { replayThroughSdk } from './sdk-replay.ts';

const now = new Date('2026-12-01T00:00:00Z');
const responseEvents = [
  { type: 'response.created', sequence_number: 0, response: { id: 'resp_0123456789abcdef', object: 'response', status: 'in_progress' } },
  { type: 'response.output_text.delta', sequence_number: 1, item_id: 'msg_0123456789abcdef', output_index: 0, content_index: 0, delta: 'Hi' },
  { type: 'response.completed', sequence_number: 2, response: { id: 'resp_0123456789abcdef', object: 'response', status: 'completed' } },
];

describe('importing SSE transcripts and JSON Lines', () => {
  it('turns a raw SSE transcript into one streamed POST, path inferred from the event names', async () => {
    const transcript = responseEvents.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('');
    const r = importText(transcript, 'stream.sse', {}, now);
    expect(r.format).toBe('sse');
    const [x] = harToTraffic(r.har, 'x').exchanges;
    expect(`${x?.method} ${x?.path}`).toBe('POST /v1/responses');
    expect(x?.sse?.map((e) => e.event)).toEqual(['response.created', 'response.output_text.delta', 'response.completed']);
    expect(await replayThroughSdk(r.har)).toMatchObject([{ expected: 'stream', observed: 'stream', events: { observed: 3, expected: 3 } }]);
  });

  it('keeps a transcript verbatim, a last frame without its blank line included', () => {
    const r = importText('event: response.created\ndata: {"type":"response.created"}\n\nevent: response.completed\ndata: {"type":"response.completed"}', 'cut.sse', {}, now);
    const [x] = harToTraffic(r.har, 'x').exchanges;
    expect(x?.sse?.map((e) => e.event)).toEqual(['response.created']);
    expect(x?.sseTrailing).toBe('event: response.completed\ndata: {"type":"response.completed"}');
  });

  it('turns JSON Lines of Assistants events ({event, data}) into a stream on the runs endpoint; --path overrides', () => {
    const lines = [
      { event: 'thread.run.created', data: { id: 'run_0123456789abcdef', object: 'thread.run', status: 'queued' } },
      { event: 'thread.run.completed', data: { id: 'run_0123456789abcdef', object: 'thread.run', status: 'completed' } },
      { event: 'done', data: '[DONE]' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const r = importText(lines, 'run.jsonl', {}, now);
    expect(r.format).toBe('jsonl');
    const [x] = harToTraffic(r.har, 'x').exchanges;
    expect(x?.path).toBe('/v1/threads/runs');
    expect(x?.sse?.map((e) => [e.event, e.data.slice(0, 12)])).toEqual([['thread.run.created', '{"id":"run_0'], ['thread.run.completed', '{"id":"run_0'], ['done', '[DONE]']]);
    const custom = importText(lines, 'run.jsonl', { path: '/v1/threads/thread_0123456789abcdef/runs' }, now);
    expect(harToTraffic(custom.har, 'x').exchanges[0]?.path).toBe('/v1/threads/thread_0123456789abcdef/runs');
  });

  it('turns JSON Lines of Responses events ({type}) into event frames', () => {
    const r = importText(responseEvents.map((e) => JSON.stringify(e)).join('\n') + '\n', 'events.ndjson', {}, now);
    const [x] = harToTraffic(r.har, 'x').exchanges;
    expect(x?.sse?.map((e) => e.event)).toEqual(responseEvents.map((e) => e.type));
  });

  it('refuses a file in no known format, naming the formats (exit 2 in the CLI)', () => {
    expect(() => importText('just some notes\n', 'notes.txt', {}, now)).toThrow(/Failed to import notes\.txt: its format is none of har, inline-snapshot, sse, jsonl, vcr-ruby, vcrpy/);
  });
});
