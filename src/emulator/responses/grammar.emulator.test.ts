/**
 * Every kind of stream the Responses emulator produces passes the harness's own Responses stream
 * grammar check (src/checks/responses-stream-grammar.ts) and the spec-derived object-shapes check
 * with no failing violation: text, reasoning summaries, built-in tools, function calls,
 * refusals, failures, incompletes, background streams and resumed streams.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkShapes } from '../../checks/object-shapes.ts';
import { checkResponsesStreams } from '../../checks/responses-stream-grammar.ts';
import { isFailing } from '../../checks/violation.ts';
import { parseSse } from '../../traffic/sse.ts';
import type { HttpExchange } from '../../traffic/types.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

const fn = { type: 'function', name: 'f', parameters: { type: 'object', properties: {} } };
const STREAMS: Record<string, unknown>[] = [
  { model: 'gpt-4o', input: 'hello [[oaic:deltas 7]]' },
  { model: 'o4-mini', input: 'think', reasoning: { summary: 'detailed' } },
  { model: 'o4-mini', input: 'compute [[oaic:code print(2+3)]]', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }, fn] },
  { model: 'gpt-4o', input: 'find [[oaic:search refunds]]', tools: [{ type: 'file_search', vector_store_ids: ['vs_none'] }] },
  { model: 'gpt-4o', input: 'two calls [[oaic:call f {"a":1}]] [[oaic:call f {"b":2}]]', tools: [fn] },
  { model: 'gpt-4o', input: 'no [[oaic:refuse]]' },
  { model: 'gpt-4o', input: 'boom [[oaic:fail server_error]]' },
  { model: 'gpt-4o', input: 'cut [[oaic:incomplete]]' },
  { model: 'gpt-4o', input: 'json', text: { format: { type: 'json_schema', name: 'x', schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } } } },
  { model: 'gpt-4o', input: 'bg', background: true },
];

describe('emulator: Responses streams vs the harness checks', () => {
  let emu: EmulatorHandle;
  const exchanges: HttpExchange[] = [];
  const post = async (path: string, body: unknown, method = 'POST') => {
    const init: RequestInit = { method, headers: { authorization: 'Bearer grammar', 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(emu.baseURL + path, init);
    const text = await res.text();
    const sse = (res.headers.get('content-type') ?? '').startsWith('text/event-stream') ? parseSse(text).events : null;
    const [p = '', query = ''] = path.split('?');
    exchanges.push({
      index: exchanges.length, method, path: `/v1${p}`, query, requestContentType: 'application/json', requestBody: body ?? null, status: res.status,
      responseHeaders: { 'content-type': res.headers.get('content-type') ?? '' }, responseContentType: res.headers.get('content-type'), responseBody: sse ? null : (JSON.parse(text) as unknown), sse,
    });
    return exchanges[exchanges.length - 1]!;
  };

  beforeAll(async () => {
    emu = await startEmulator();
    for (const body of STREAMS) await post('/responses', { ...body, stream: true });
    const bg = await post('/responses', { model: 'gpt-4o', input: 'poll me', background: true });
    const id = (bg.responseBody as { id: string }).id;
    await post(`/responses/${id}?stream=true&starting_after=1`, undefined, 'GET');
    for (const body of STREAMS) await post('/responses', body);
  });
  afterAll(() => emu.close());

  it('streams every kind of turn', () => {
    const types = new Set(exchanges.flatMap((x) => (x.sse ?? []).map((e) => e.event)));
    for (const t of ['response.queued', 'response.reasoning_summary_text.delta', 'response.code_interpreter_call_code.delta', 'response.file_search_call.searching', 'response.function_call_arguments.done', 'response.refusal.done', 'response.failed', 'response.incomplete', 'response.completed']) {
      expect(types, t).toContain(t);
    }
  });

  it('passes the Responses stream grammar', () => {
    expect(checkResponsesStreams({ source: 'emulator', exchanges }).filter(isFailing)).toEqual([]);
  });

  it('passes the spec-derived object shapes (only informational findings)', () => {
    expect(checkShapes({ source: 'emulator', exchanges }).filter(isFailing)).toEqual([]);
  });
});
