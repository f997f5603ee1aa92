import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSse } from '../../traffic/sse.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

const FN = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } };
const TEXT_ORDER = ['thread.run.created', 'thread.run.queued', 'thread.run.in_progress', 'thread.run.step.created', 'thread.run.step.in_progress', 'thread.message.created', 'thread.message.in_progress'];

describe('streamed runs', () => {
  let emu: EmulatorHandle;
  let n = 0;
  beforeAll(async () => void (emu = await startEmulator()));
  afterAll(() => emu.close());
  const client = (faults?: string) => new OpenAI({ apiKey: `stream-${++n}`, baseURL: emu.baseURL, maxRetries: 0, ...(faults ? { defaultHeaders: { 'x-oaic-fault': faults } } : {}) });
  async function setup(c: OpenAI, text: string, tools: OpenAI.Beta.AssistantTool[] = [FN]) {
    const a = await c.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Be brief.', tools });
    const t = await c.beta.threads.create({ messages: [{ role: 'user', content: text }] });
    return { a, t };
  }
  async function events(stream: AsyncIterable<{ event: string; data: unknown }>) {
    const out: { event: string; data: any }[] = [];
    for await (const e of stream) out.push(e as { event: string; data: any });
    return out;
  }

  it('streams a text run in the real order, with deltas as the directive asks, ending with done', async () => {
    const c = client();
    const { a, t } = await setup(c, 'hello [[oaic:deltas 5]]');
    const res = await fetch(`${emu.baseURL}/threads/${t.id}/runs`, { method: 'POST', headers: { authorization: `Bearer ${c.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ assistant_id: a.id, stream: true }) });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const frames = parseSse(await res.text()).events;
    expect(frames.map((f) => f.event)).toEqual([...TEXT_ORDER, ...Array(5).fill('thread.message.delta'), 'thread.message.completed', 'thread.run.step.completed', 'thread.run.completed', 'done']);
    expect(frames[frames.length - 1]!.data).toBe('[DONE]');
    const deltas = frames.filter((f) => f.event === 'thread.message.delta').map((f) => JSON.parse(f.data).delta.content[0].text);
    expect(deltas[0]).toHaveProperty('annotations', []);
    expect(deltas[1]).not.toHaveProperty('annotations');
    const completed = JSON.parse(frames.find((f) => f.event === 'thread.message.completed')!.data);
    expect(deltas.map((d) => d.value).join('')).toBe(completed.content[0].text.value);
    expect(Object.keys(completed)).toEqual(['id', 'object', 'created_at', 'assistant_id', 'thread_id', 'run_id', 'status', 'incomplete_details', 'incomplete_at', 'completed_at', 'role', 'content', 'attachments', 'metadata']);
  });

  it('gives the SDK a final run and messages, and the same reply as the polled run of the same context', async () => {
    const c = client();
    const { a, t } = await setup(c, 'same context');
    const stream = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
    const run = await stream.finalRun();
    const [msg] = await stream.finalMessages();
    expect(run.status).toBe('completed');
    const c2 = client();
    const s2 = await setup(c2, 'same context');
    await c2.beta.threads.runs.createAndPoll(s2.t.id, { assistant_id: s2.a.id }, { pollIntervalMs: 0 });
    const polled = (await c2.beta.threads.messages.list(s2.t.id)).data[0]!;
    expect(msg!.content).toEqual(polled.content);
  });

  it('streams createAndRun with thread.created first', async () => {
    const c = client();
    const a = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'x' });
    const evs = await events(c.beta.threads.createAndRunStream({ assistant_id: a.id, thread: { messages: [{ role: 'user', content: 'hi' }] } }));
    expect(evs.map((e) => e.event).slice(0, 4)).toEqual(['thread.created', 'thread.run.created', 'thread.run.queued', 'thread.run.in_progress']);
    expect(evs[0]!.data).toMatchObject({ object: 'thread', tool_resources: {} });
  });

  it('streams function arguments in step deltas, then resumes after submitToolOutputsStream with the tool step completed first', async () => {
    const c = client();
    const { a, t } = await setup(c, 'go [[oaic:call get_weather {"city":"Paris","unit":"c"}]] [[oaic:call get_weather {"city":"Rome"}]] [[oaic:deltas 4]]');
    const first = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
    const evs = await events(first);
    const names = evs.map((e) => e.event);
    expect(names.slice(0, 5)).toEqual(['thread.run.created', 'thread.run.queued', 'thread.run.in_progress', 'thread.run.step.created', 'thread.run.step.in_progress']);
    expect(names[names.length - 1]).toBe('thread.run.requires_action');
    expect(evs[3]!.data.step_details).toEqual({ type: 'tool_calls', tool_calls: [] });
    const argDeltas = evs.filter((e) => e.event === 'thread.run.step.delta').map((e) => e.data.delta.step_details.tool_calls[0]);
    expect(argDeltas[0]).toMatchObject({ index: 0, id: expect.stringMatching(/^call_/), type: 'function', function: { name: 'get_weather', arguments: '', output: null } });
    expect(argDeltas.filter((d) => d.index === 0).map((d) => d.function.arguments).join('')).toBe('{"city":"Paris","unit":"c"}');
    expect(argDeltas.some((d) => d.index === 1)).toBe(true);
    const run = await first.finalRun();
    const calls = run.required_action!.submit_tool_outputs.tool_calls;
    const resumed = await events(c.beta.threads.runs.submitToolOutputsStream(run.id, { thread_id: t.id, tool_outputs: calls.map((x) => ({ tool_call_id: x.id, output: 'sunny' })) }));
    expect(resumed.map((e) => e.event).slice(0, 4)).toEqual(['thread.run.step.completed', 'thread.run.queued', 'thread.run.in_progress', 'thread.run.step.created']);
    expect(resumed[0]!.data.step_details.tool_calls.map((x: any) => x.function.output)).toEqual(['sunny', 'sunny']);
    expect(resumed[resumed.length - 1]!.event).toBe('thread.run.completed');
  });

  it('ends incomplete, failed, expired and refused runs with their events', async () => {
    const c = client();
    const cases: [string, string[]][] = [
      ['[[oaic:incomplete max_prompt_tokens]]', ['thread.message.incomplete', 'thread.run.step.completed', 'thread.run.incomplete']],
      ['[[oaic:fail server_error]]', ['thread.message.incomplete', 'thread.run.step.failed', 'thread.run.failed']],
      ['[[oaic:expire]]', ['thread.message.incomplete', 'thread.run.step.expired', 'thread.run.expired']],
      ['[[oaic:refuse No.]]', ['thread.message.completed', 'thread.run.step.completed', 'thread.run.completed']],
    ];
    for (const [text, tail] of cases) {
      const { a, t } = await setup(c, text);
      const s = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
      const evs = await events(s);
      expect(evs.map((e) => e.event).slice(-3)).toEqual(tail);
      const last = evs[evs.length - 1]!.data;
      if (last.status === 'incomplete') expect(last.incomplete_details).toEqual({ reason: 'max_prompt_tokens' });
      if (last.status === 'failed') expect(last.last_error).toEqual({ code: 'server_error', message: 'Sorry, something went wrong.' });
      if (text.includes('refuse')) expect(evs.find((e) => e.event === 'thread.message.completed')!.data.content).toEqual([{ type: 'refusal', refusal: 'No.' }]);
      expect((await s.finalRun()).status).toBe(last.status);
    }
  });

  it('streams a cancel that arrives mid-message: cancelling, the message incomplete, the step cancelled, cancelled', async () => {
    const c = client();
    const { a, t } = await setup(c, 'long story [[oaic:cancel]] [[oaic:deltas 6]]');
    const s = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
    const evs = await events(s);
    expect(evs.map((e) => e.event).slice(-5)).toEqual(['thread.message.delta', 'thread.run.cancelling', 'thread.message.incomplete', 'thread.run.step.cancelled', 'thread.run.cancelled']);
    expect(evs.find((e) => e.event === 'thread.message.incomplete')!.data.incomplete_details).toEqual({ reason: 'run_cancelled' });
    expect((await s.finalRun()).status).toBe('cancelled');
    expect((await c.beta.threads.messages.create(t.id, { role: 'user', content: 'next' })).role).toBe('user');
  });

  it('a stream held by stall MS carries a cancel sent meanwhile; under the race fault the run wins', async () => {
    for (const [faults, tail] of [[undefined, ['thread.run.cancelling', 'thread.run.cancelled']], ['run-cancel-race', ['thread.run.cancelling', 'thread.run.step.created', 'thread.run.step.in_progress']]] as const) {
      const c = client(faults);
      const { a, t } = await setup(c, 'long job [[oaic:stall 5000]]');
      const s = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
      const seen: string[] = [];
      s.on('event', (e) => seen.push(e.event));
      let active: OpenAI.Beta.Threads.Run | undefined;
      while (!active) active = (await c.beta.threads.runs.list(t.id)).data.find((r) => r.status === 'in_progress');
      expect((await c.beta.threads.runs.cancel(active.id, { thread_id: t.id })).status).toBe('cancelling');
      const final = await s.finalRun();
      expect(seen.slice(0, 3)).toEqual(['thread.run.created', 'thread.run.queued', 'thread.run.in_progress']);
      expect(seen.slice(3, 3 + tail.length)).toEqual([...tail]);
      expect(final.status).toBe(faults ? 'completed' : 'cancelled');
    }
    const c = client();
    const { a, t } = await setup(c, 'nothing happens [[oaic:stall 30]]');
    await expect(c.beta.threads.runs.stream(t.id, { assistant_id: a.id }).finalRun()).rejects.toThrow('Final run has not been received');
  });

  it('tool_choice steers calls; max_prompt_tokens cuts the run', async () => {
    const c = client();
    const { a, t } = await setup(c, 'plain question');
    const forced = await c.beta.threads.runs.stream(t.id, { assistant_id: a.id, tool_choice: 'required' }).finalRun();
    expect(forced.required_action!.submit_tool_outputs.tool_calls[0]!.function).toEqual({ name: 'get_weather', arguments: '{}' });
    await c.beta.threads.runs.cancel(forced.id, { thread_id: t.id });
    await c.beta.threads.runs.poll(forced.id, { thread_id: t.id }, { pollIntervalMs: 0 });
    const s2 = await setup(c, 'call it [[oaic:call get_weather {}]]');
    expect((await c.beta.threads.runs.stream(s2.t.id, { assistant_id: s2.a.id, tool_choice: 'none' }).finalRun()).status).toBe('completed');
    const s3 = await setup(c, 'a long enough question to pass the tiny prompt budget');
    expect(await c.beta.threads.runs.stream(s3.t.id, { assistant_id: s3.a.id, max_prompt_tokens: 1 }).finalRun()).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'max_prompt_tokens' } });
  });

  it('a stalled stream ends without a terminal run event; the error fault sends a flat error frame', async () => {
    const c = client();
    const { a, t } = await setup(c, '[[oaic:stall]]');
    const s = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
    const seen: string[] = [];
    s.on('event', (e) => seen.push(e.event));
    await expect(s.finalRun()).rejects.toThrow('Final run has not been received');
    expect(seen).toEqual(['thread.run.created', 'thread.run.queued', 'thread.run.in_progress']);
    const f = client('assistants-stream-error');
    const s2 = await setup(f, 'hello');
    const res = await fetch(`${emu.baseURL}/threads/${s2.t.id}/runs`, { method: 'POST', headers: { authorization: `Bearer ${f.apiKey}`, 'content-type': 'application/json', 'x-oaic-fault': 'assistants-stream-error' }, body: JSON.stringify({ assistant_id: s2.a.id, stream: true }) });
    const frames = parseSse(await res.text()).events;
    expect(frames.map((fr) => fr.event)).toEqual(['thread.run.created', 'thread.run.queued', 'thread.run.in_progress', 'error']);
    expect(JSON.parse(frames[3]!.data)).toMatchObject({ type: 'server_error', param: null, code: null });
  });
});
