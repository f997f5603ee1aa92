import OpenAI from 'openai';
import type { ResponseStreamEvent } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Ev = ResponseStreamEvent & Record<string, unknown>;

/** Structural rules every Responses stream must satisfy (the emulator's own invariants). */
function assertWellFormed(events: Ev[]): void {
  expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
  expect(events[0]?.type).toBe('response.created');
  expect(['response.completed', 'response.incomplete', 'response.failed']).toContain(events[events.length - 1]?.type);
  const open = new Map<number, string>();
  const text = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'response.output_item.added') open.set(e.output_index, e.item.id ?? '');
    if ('item_id' in e && 'output_index' in e) expect(open.get(e.output_index as number)).toBe(e.item_id);
    if (e.type === 'response.output_text.delta') text.set(`${e.item_id}:${e.content_index}`, (text.get(`${e.item_id}:${e.content_index}`) ?? '') + e.delta);
    if (e.type === 'response.output_text.done') expect(text.get(`${e.item_id}:${e.content_index}`) ?? '').toBe(e.text);
    if (e.type === 'response.output_item.done') expect(open.get(e.output_index)).toBe(e.item.id);
  }
}

describe('emulator: Responses streaming', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `stream-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('streams the real event order for a text reply (raw iteration)', async () => {
    const c = client();
    const stream = await c.responses.create({ model: 'gpt-4o-mini', input: 'Tell me a story [[oaic:deltas 5]]', stream: true });
    const events: Ev[] = [];
    for await (const e of stream) events.push(e as Ev);
    assertWellFormed(events);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      ...Array<string>(5).fill('response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const created = events[0] as Ev & { response: OpenAI.Responses.Response };
    expect(created.response).toMatchObject({ status: 'in_progress', output: [], usage: null });
    const done = events[events.length - 1] as Ev & { response: OpenAI.Responses.Response };
    expect(await c.responses.retrieve(done.response.id)).toMatchObject({ status: 'completed', output: done.response.output });
  });

  it('responses.stream() accumulates to the same final response', async () => {
    const c = client();
    const stream = c.responses.stream({ model: 'gpt-4o', input: 'Hello', instructions: 'Be brief.' });
    const deltas: string[] = [];
    stream.on('response.output_text.delta', (e) => deltas.push(e.delta));
    const final = await stream.finalResponse();
    expect(final.status).toBe('completed');
    expect(deltas.join('')).toBe(final.output_text);
    const plain = await client().responses.create({ model: 'gpt-4o', input: 'Hello', instructions: 'Be brief.' });
    expect(final.output_text).toBe(plain.output_text);
  });

  it('streams function-call arguments and reasoning summaries', async () => {
    const c = client();
    const stream = await c.responses.create({
      model: 'o4-mini',
      reasoning: { summary: 'auto' },
      input: 'weather? [[oaic:call get_weather {"city":"Paris"}]]',
      tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } }, strict: false }],
      stream: true,
    });
    const events: Ev[] = [];
    for await (const e of stream) events.push(e as Ev);
    assertWellFormed(events);
    const types = events.map((e) => e.type);
    expect(types).toContain('response.reasoning_summary_part.added');
    expect(types).toContain('response.reasoning_summary_text.delta');
    const args = events.filter((e) => e.type === 'response.function_call_arguments.delta').map((e) => (e as { delta: string }).delta).join('');
    expect(args).toBe('{"city":"Paris"}');
    const argsDone = events.find((e) => e.type === 'response.function_call_arguments.done') as { arguments: string; output_index: number } | undefined;
    expect(argsDone).toMatchObject({ arguments: '{"city":"Paris"}', output_index: 1 });
    expect(types.indexOf('response.reasoning_summary_part.done')).toBeLessThan(types.indexOf('response.function_call_arguments.delta'));
  });

  it('streams refusals, failures and incompletes with their terminal events', async () => {
    const collect = async (input: string) => {
      const events: Ev[] = [];
      for await (const e of await client().responses.create({ model: 'gpt-4o', input, stream: true })) events.push(e as Ev);
      assertWellFormed(events);
      return events;
    };
    const refusal = await collect('x [[oaic:refuse Not that.]]');
    expect(refusal.map((e) => e.type)).toContain('response.refusal.done');
    const failed = await collect('x [[oaic:fail server_error]]');
    expect(failed.map((e) => e.type)).toEqual(['response.created', 'response.in_progress', 'response.failed']);
    expect((failed[2] as Ev & { response: OpenAI.Responses.Response }).response.error).toMatchObject({ code: 'server_error' });
    const incomplete = await collect('x [[oaic:incomplete]]');
    expect(incomplete[incomplete.length - 1]).toMatchObject({ type: 'response.incomplete', response: { incomplete_details: { reason: 'max_output_tokens' } } });
  });

  it('streams a background response through response.queued', async () => {
    const events: Ev[] = [];
    for await (const e of await client().responses.create({ model: 'gpt-4o', input: 'bg', background: true, stream: true })) events.push(e as Ev);
    assertWellFormed(events);
    expect(events.slice(0, 3).map((e) => e.type)).toEqual(['response.created', 'response.queued', 'response.in_progress']);
    expect(events[0]).toMatchObject({ response: { status: 'queued', background: true } });
  });

  it('a stalled stream stops after its deltas without a terminal event', async () => {
    const res = await fetch(`${emu.baseURL}/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer stall', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o', input: 'x [[oaic:stall]] [[oaic:deltas 2]]', stream: true }),
    });
    const text = await res.text();
    expect(text).toContain('event: response.output_text.delta');
    expect(text).not.toContain('response.completed');
    expect(text).not.toContain('[DONE]');
  });
});
