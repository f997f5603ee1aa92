/**
 * The emulator's Assistants traffic against the harness's own checks (written independently from
 * the spec and the corpus on branch `checks`): every directive outcome, polled and streamed,
 * passes the run state machine, the stream grammar and the object shapes with no error-level
 * violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAssistantsStreams } from '../../checks/assistants-stream-grammar.ts';
import { checkShapes } from '../../checks/object-shapes.ts';
import { checkRunStates } from '../../checks/run-state-machine.ts';
import { isFailing } from '../../checks/violation.ts';
import { parseSse } from '../../traffic/sse.ts';
import type { HttpExchange, Traffic } from '../../traffic/types.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Obj = Record<string, unknown>;

describe('emulator traffic passes the checks', () => {
  let emu: EmulatorHandle;
  const exchanges: HttpExchange[] = [];
  const call = async (method: string, path: string, body?: unknown): Promise<Obj> => {
    const [pathname = '', query = ''] = path.split('?');
    const res = await fetch(`${emu.baseURL}${path}`, { method, headers: { authorization: 'Bearer checks', 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    const isSse = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
    const sse = isSse ? parseSse(text).events : null;
    const json = isSse ? null : (JSON.parse(text) as Obj);
    exchanges.push({ index: exchanges.length, method, path: `/v1${pathname}`, query, requestContentType: body === undefined ? null : 'application/json', requestBody: body ?? null, status: res.status, responseHeaders: { 'content-type': res.headers.get('content-type') ?? '' }, responseContentType: res.headers.get('content-type'), responseBody: json, sse });
    if (sse) {
      const last = [...sse].reverse().find((e) => e.event?.startsWith('thread.run.') && e.event !== 'thread.run.step.delta' && !e.event.startsWith('thread.run.step.'));
      return last ? (JSON.parse(last.data) as Obj) : {};
    }
    return json ?? {};
  };

  beforeAll(async () => {
    emu = await startEmulator();
    const a = await call('POST', '/assistants', { model: 'gpt-4o-mini', instructions: 'Be brief.', tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }, { type: 'code_interpreter' }, { type: 'file_search' }] });
    const texts = ['hello', 'go [[oaic:call f {"a":1}]] [[oaic:call f {"a":2}]]', '[[oaic:say Let me run it.]] [[oaic:code print(2 ** 10)\nplt.plot([1])]]', '[[oaic:search anything]]', '[[oaic:incomplete]]', '[[oaic:fail rate_limit_exceeded]]', '[[oaic:expire]]', '[[oaic:refuse]]', '[[oaic:cancel]] [[oaic:deltas 6]]'];
    for (const text of texts) {
      for (const stream of [true, false]) {
        const t = await call('POST', '/threads', { messages: [{ role: 'user', content: text }] });
        let run = await call('POST', `/threads/${t['id']}/runs`, { assistant_id: a['id'], stream });
        for (let i = 0; !stream && i < 4; i++) run = await call('GET', `/threads/${t['id']}/runs/${run['id']}`);
        if (run['status'] === 'requires_action') {
          const calls = ((run['required_action'] as Obj)['submit_tool_outputs'] as { tool_calls: { id: string }[] }).tool_calls;
          run = await call('POST', `/threads/${t['id']}/runs/${run['id']}/submit_tool_outputs`, { tool_outputs: calls.map((c) => ({ tool_call_id: c.id, output: 'ok' })), stream });
          for (let i = 0; !stream && i < 3; i++) run = await call('GET', `/threads/${t['id']}/runs/${run['id']}`);
        }
        for (let i = 0; run['status'] === 'cancelling' && i < 2; i++) run = await call('GET', `/threads/${t['id']}/runs/${run['id']}`);
        await call('GET', `/threads/${t['id']}/runs/${run['id']}/steps`);
        await call('GET', `/threads/${t['id']}/messages`);
      }
    }
    const stalled = await call('POST', '/threads', { messages: [{ role: 'user', content: 'wait [[oaic:stall]]' }] });
    const r = await call('POST', `/threads/${stalled['id']}/runs`, { assistant_id: a['id'] });
    await call('GET', `/threads/${stalled['id']}/runs/${r['id']}`);
    await call('POST', `/threads/${stalled['id']}/runs/${r['id']}/cancel`);
    await call('GET', `/threads/${stalled['id']}/runs/${r['id']}`);
    await call('POST', '/threads/runs', { assistant_id: a['id'], thread: { messages: [{ role: 'user', content: 'hi' }] }, stream: true });
  });
  afterAll(() => emu.close());

  const traffic = (): Traffic => ({ source: 'emulator', exchanges });
  it('drove the runs it meant to', () => {
    const statuses = new Set(exchanges.flatMap((x) => (x.responseBody && (x.responseBody as Obj)['object'] === 'thread.run' ? [String((x.responseBody as Obj)['status'])] : [])));
    expect([...statuses].sort()).toEqual(['cancelled', 'cancelling', 'completed', 'expired', 'failed', 'in_progress', 'incomplete', 'queued', 'requires_action']);
  });
  it('run state machine', () => expect(checkRunStates(traffic()).filter(isFailing)).toEqual([]));
  it('assistants stream grammar', () => expect(checkAssistantsStreams(traffic()).filter(isFailing)).toEqual([]));
  it('object shapes', () => expect(checkShapes(traffic()).filter(isFailing)).toEqual([]));
});
