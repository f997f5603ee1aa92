import { describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { sampleRun } from '../testing/sample-run.ts';
import { IdTable, normaliseTraffic, normaliseValue, templatePath } from './normalise.ts';

describe('normaliser', () => {
  it('numbers ids by first appearance and keeps identity, also inside messages', () => {
    const ids = new IdTable();
    const v = normaliseValue({ id: 'run_abc123def456', thread_id: 'thread_9x9x9x9x9x', run: { id: 'run_abc123def456' }, error: { message: "No run found with id 'run_zzz999zzz999'." } }, '', ids);
    expect(v).toEqual({ id: '<run#1>', thread_id: '<thread#1>', run: { id: '<run#1>' }, error: { message: "No run found with id '<run#2>'." } });
  });

  it('zeroes timestamps and token counts but keeps their type; keeps max_* settings', () => {
    const v = normaliseValue({ created_at: 1764547200, completed_at: null, usage: { prompt_tokens: 12, total_tokens: 20 }, max_output_tokens: 100, temperature: 0.7 }, '', new IdTable());
    expect(v).toEqual({ created_at: 0, completed_at: null, usage: { prompt_tokens: 0, total_tokens: 0 }, max_output_tokens: 100, temperature: 0.7 });
  });

  it('replaces generated text unless text is asked for', () => {
    const body = { content: [{ type: 'text', text: { value: 'Hello there', annotations: [{ start_index: 3, end_index: 9 }] } }], model: 'gpt-4o-mini' };
    expect(normaliseValue(body, '', new IdTable())).toEqual({ content: [{ type: 'text', text: { value: '<text>', annotations: [{ start_index: 0, end_index: 0 }] } }], model: 'gpt-4o-mini' });
    expect(normaliseValue(body, '', new IdTable(), { text: true })).toEqual(body);
    expect(normaliseValue({ error: { code: 'server_error', message: 'Oops.' }, code_interpreter: { input: 'print(1)', outputs: [{ type: 'logs', logs: '1' }] } }, '', new IdTable())).toEqual({
      error: { code: 'server_error', message: 'Oops.' },
      code_interpreter: { input: '<text>', outputs: [{ type: 'logs', logs: '<text>' }] },
    });
  });

  it('leaves model names and dates-like words that are not ids alone', () => {
    expect(normaliseValue({ model: 'gpt-4o-mini-2024-07-18', type: 'file_search', at: '2026-12-01T00:00:00Z' }, '', new IdTable())).toEqual({ model: 'gpt-4o-mini-2024-07-18', type: 'file_search', at: '<date>' });
  });

  it('templates id segments of paths', () => {
    expect(templatePath('/v1/threads/thread_abc123def456/runs/run_0a1b2c3d4e5f/steps')).toBe('/v1/threads/{thread}/runs/{run}/steps');
    expect(templatePath('/v1/files/file-AbC123dEf456/content')).toBe('/v1/files/{file}/content');
    expect(templatePath('/v1/responses/input_items')).toBe('/v1/responses/input_items');
    expect(templatePath('/v1/threads/thread_NECaulnAabqUuqwdYqgpMEri/messages')).toBe('/v1/threads/{thread}/messages');
    expect(templatePath('/v1/chat_completions/invalid_request_error')).toBe('/v1/chat_completions/invalid_request_error');
  });

  it('two recordings of the same behaviour at different times normalise to the same traffic, polls aside', () => {
    const a = normaliseTraffic(harToTraffic(sampleRun({ seed: 'monday' }), 'a'));
    const b = normaliseTraffic(harToTraffic(sampleRun({ seed: 'friday-night' }), 'b'));
    const strip = (t: typeof a) => t.exchanges.map((x) => ({ ...x, sse: x.sse?.filter((e) => e.event !== 'thread.message.delta') ?? null }));
    expect(strip(a)).toEqual(strip(b));
    expect(JSON.stringify(a)).not.toMatch(/req_|run_[0-9a-f]{8}|monday/);
    expect(a.exchanges[0]?.responseHeaders).toEqual({ 'content-type': 'application/json' });
  });
});
