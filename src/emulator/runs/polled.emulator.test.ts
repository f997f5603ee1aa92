import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

const RUN_KEYS = ['id', 'object', 'created_at', 'assistant_id', 'thread_id', 'status', 'started_at', 'expires_at', 'cancelled_at', 'failed_at', 'completed_at', 'required_action', 'last_error', 'model', 'instructions', 'tools', 'tool_resources', 'metadata', 'temperature', 'top_p', 'reasoning_effort', 'max_completion_tokens', 'max_prompt_tokens', 'truncation_strategy', 'incomplete_details', 'usage', 'response_format', 'tool_choice', 'parallel_tool_calls'];
const FN = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } };

describe('polled runs', () => {
  let emu: EmulatorHandle;
  let n = 0;
  beforeAll(async () => void (emu = await startEmulator()));
  afterAll(() => emu.close());
  const client = (faults?: string) => new OpenAI({ apiKey: `polled-${++n}`, baseURL: emu.baseURL, maxRetries: 0, ...(faults ? { defaultHeaders: { 'x-oaic-fault': faults } } : {}) });
  const error = async (p: Promise<unknown>) => {
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OpenAI.APIError);
    return e as InstanceType<typeof OpenAI.APIError>;
  };
  async function setup(c: OpenAI, text: string, extra: Partial<OpenAI.Beta.AssistantCreateParams> = {}) {
    const a = await c.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Be brief.', tools: [FN], ...extra });
    const t = await c.beta.threads.create({ messages: [{ role: 'user', content: text }] });
    return { a, t };
  }

  it('moves one status per retrieve: queued, in_progress, completed, with the real fields', async () => {
    const c = client();
    const { a, t } = await setup(c, 'hello');
    const r = await c.beta.threads.runs.create(t.id, { assistant_id: a.id });
    expect(Object.keys(r)).toEqual(RUN_KEYS);
    expect(r).toMatchObject({ status: 'queued', started_at: null, expires_at: r.created_at + 600, usage: null, instructions: 'Be brief.', temperature: 1, truncation_strategy: { type: 'auto', last_messages: null } });
    const seq = [];
    for (let i = 0; i < 3; i++) seq.push(await c.beta.threads.runs.retrieve(r.id, { thread_id: t.id }));
    expect(seq.map((x) => x.status)).toEqual(['in_progress', 'completed', 'completed']);
    expect(seq[0]).toMatchObject({ started_at: expect.any(Number), expires_at: r.created_at + 600 });
    expect(seq[1]).toMatchObject({ expires_at: null, completed_at: expect.any(Number), usage: { total_tokens: expect.any(Number), prompt_token_details: { cached_tokens: 0 } } });
    const steps = await c.beta.threads.runs.steps.list(r.id, { thread_id: t.id });
    expect(steps.data).toHaveLength(1);
    expect(steps.data[0]).toMatchObject({ type: 'message_creation', status: 'completed', expires_at: r.created_at + 600, usage: { total_tokens: expect.any(Number) } });
    const step = await c.beta.threads.runs.steps.retrieve(steps.data[0]!.id, { thread_id: t.id, run_id: r.id });
    expect(step).toEqual(steps.data[0]);
    expect((await error(c.beta.threads.runs.steps.retrieve('step_123', { thread_id: t.id, run_id: r.id }))).message).toBe("404 No run step found with id 'step_123'.");
    const msgs = await c.beta.threads.messages.list(t.id, { run_id: r.id });
    expect(msgs.data[0]!.content[0]).toMatchObject({ type: 'text', text: { value: expect.stringMatching(/^You said: hello\. \[ctx [0-9a-f]{8}\]$/) } });
    expect((await c.beta.threads.runs.list(t.id)).data.map((x) => x.id)).toEqual([r.id]);
  });

  it('locks the thread while a run is active, including cancelling', async () => {
    const c = client();
    const { a, t } = await setup(c, 'hi [[oaic:stall]]');
    const r = await c.beta.threads.runs.create(t.id, { assistant_id: a.id });
    const busy = await error(c.beta.threads.messages.create(t.id, { role: 'user', content: 'more' }));
    expect(busy.error).toEqual({ message: `Can't add messages to ${t.id} while a run ${r.id} is active.`, type: 'invalid_request_error', param: null, code: null });
    expect((await error(c.beta.threads.runs.create(t.id, { assistant_id: a.id }))).message).toBe(`400 Thread ${t.id} already has an active run ${r.id}.`);
    expect((await c.beta.threads.runs.retrieve(r.id, { thread_id: t.id })).status).toBe('in_progress');
    expect((await c.beta.threads.runs.retrieve(r.id, { thread_id: t.id })).status).toBe('in_progress');
    expect((await error(c.beta.threads.runs.update(r.id, { thread_id: t.id, metadata: { a: 'b' } }))).message).toBe("400 Cannot update run with status 'in_progress'.");
    const cancelling = await c.beta.threads.runs.cancel(r.id, { thread_id: t.id });
    expect(cancelling.status).toBe('cancelling');
    expect((await error(c.beta.threads.messages.create(t.id, { role: 'user', content: 'more' }))).status).toBe(400);
    expect((await error(c.beta.threads.runs.cancel(r.id, { thread_id: t.id }))).message).toBe("400 Cannot cancel run with status 'cancelling'.");
    const done = await c.beta.threads.runs.poll(r.id, { thread_id: t.id }, { pollIntervalMs: 0 });
    expect(done).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(Number), expires_at: null });
    expect((await error(c.beta.threads.runs.cancel(r.id, { thread_id: t.id }))).message).toBe("400 Cannot cancel run with status 'cancelled'.");
    expect((await c.beta.threads.messages.create(t.id, { role: 'user', content: 'more' })).role).toBe('user');
    expect((await c.beta.threads.runs.update(r.id, { thread_id: t.id, metadata: { a: 'b' } })).metadata).toEqual({ a: 'b' });
  });

  it('reaches requires_action, and tool outputs only there', async () => {
    const c = client();
    const { a, t } = await setup(c, 'weather [[oaic:call get_weather {"city":"Paris"}]] [[oaic:call get_weather {"city":"Rome"}]]');
    const r = await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, { pollIntervalMs: 0 });
    expect(r.status).toBe('requires_action');
    const calls = r.required_action!.submit_tool_outputs.tool_calls;
    expect(calls.map((x) => x.function.arguments)).toEqual(['{"city":"Paris"}', '{"city":"Rome"}']);
    const partial = await error(c.beta.threads.runs.submitToolOutputs(r.id, { thread_id: t.id, tool_outputs: [{ tool_call_id: calls[0]!.id, output: 'x' }] }));
    expect(partial.error).toEqual({ message: `Expected tool outputs for call_ids ['${calls[0]!.id}', '${calls[1]!.id}'], got ['${calls[0]!.id}']`, type: 'invalid_request_error', param: null, code: null });
    const after = await c.beta.threads.runs.submitToolOutputsAndPoll(r.id, { thread_id: t.id, tool_outputs: calls.map((x, i) => ({ tool_call_id: x.id, output: `${20 + i}C` })) }, { pollIntervalMs: 0 });
    expect(after).toMatchObject({ status: 'completed', required_action: null });
    const e = await error(c.beta.threads.runs.submitToolOutputs(r.id, { thread_id: t.id, tool_outputs: [{ tool_call_id: calls[0]!.id, output: 'x' }] }));
    expect(e.message).toBe('400 Runs in status "completed" do not accept tool outputs.');
    const steps = await c.beta.threads.runs.steps.list(r.id, { thread_id: t.id, order: 'asc' });
    expect(steps.data.map((s) => [s.type, s.status])).toEqual([['tool_calls', 'completed'], ['message_creation', 'completed']]);
    const toolCall = steps.data[0]!.step_details.type === 'tool_calls' ? steps.data[0]!.step_details.tool_calls[0] : null;
    expect(toolCall).toMatchObject({ type: 'function', function: { name: 'get_weather', output: '20C' } });
    const msg = (await c.beta.threads.messages.list(t.id)).data[0]!;
    expect(msg.content[0]).toMatchObject({ text: { value: expect.stringContaining('Tool results: 20C; 21C.') } });
  });

  it('reaches failed, incomplete and expired with their fields', async () => {
    const c = client();
    const cases = [
      ['[[oaic:fail rate_limit_exceeded]]', { status: 'failed', failed_at: expect.any(Number), last_error: { code: 'rate_limit_exceeded', message: 'Rate limit reached for requests. Please try again later.' } }],
      ['[[oaic:incomplete]]', { status: 'incomplete', completed_at: expect.any(Number), incomplete_details: { reason: 'max_completion_tokens' } }],
      ['[[oaic:expire]]', { status: 'expired', expires_at: null, last_error: null }],
    ] as const;
    for (const [text, expected] of cases) {
      const { a, t } = await setup(c, text);
      const r = await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, { pollIntervalMs: 0 });
      expect(r).toMatchObject({ ...expected, usage: expect.any(Object) });
      const steps = await c.beta.threads.runs.steps.list(r.id, { thread_id: t.id });
      expect(steps.data[0]!.status).toBe(r.status === 'incomplete' ? 'completed' : r.status);
    }
  });

  it('expires a run left in requires_action past expires_at, its tool step with it', async () => {
    const c = client();
    const { a, t } = await setup(c, 'go [[oaic:call get_weather {}]]');
    const r = await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, { pollIntervalMs: 0 });
    expect(r.status).toBe('requires_action');
    emu.store.namespace(c.apiKey ?? '').clock.tick(600);
    const expired = await c.beta.threads.runs.retrieve(r.id, { thread_id: t.id });
    expect(expired).toMatchObject({ status: 'expired', expires_at: null, required_action: null });
    const steps = await c.beta.threads.runs.steps.list(r.id, { thread_id: t.id });
    expect(steps.data[0]!.status).toBe('expired');
    expect((await c.beta.threads.messages.create(t.id, { role: 'user', content: 'next' })).role).toBe('user');
  });

  it('keeps a polled run in_progress for the delay, and requires a user message or instructions', async () => {
    const c = client();
    const { a, t } = await setup(c, 'slow [[oaic:delay 3000]]');
    const r = await c.beta.threads.runs.create(t.id, { assistant_id: a.id });
    const seq: string[] = [];
    for (let i = 0; i < 6; i++) seq.push((await c.beta.threads.runs.retrieve(r.id, { thread_id: t.id })).status);
    expect(seq).toEqual(['in_progress', 'in_progress', 'in_progress', 'in_progress', 'completed', 'completed']);
    const bare = await c.beta.assistants.create({ model: 'gpt-4o' });
    const empty = await c.beta.threads.create();
    const e = await error(c.beta.threads.runs.create(empty.id, { assistant_id: bare.id }));
    expect(e.error).toEqual({ message: 'Run creation requires a Thread with a user message or an assistant with instructions.', type: 'invalid_request_error', param: null, code: 'invalid_thread' });
    expect((await c.beta.threads.runs.create(empty.id, { assistant_id: bare.id, additional_instructions: 'Greet.' })).status).toBe('queued');
    expect((await error(c.beta.threads.runs.create(t.id, { assistant_id: 'asst_nope' }))).message).toBe("404 No assistant found with id 'asst_nope'.");
  });

  it('creates a thread and a run at once, with overrides and additional messages', async () => {
    const c = client();
    const a = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'A.' });
    const r = await c.beta.threads.createAndRunPoll({ assistant_id: a.id, instructions: 'B.', thread: { messages: [{ role: 'user', content: 'hi' }] }, metadata: { k: 'v' } }, { pollIntervalMs: 0 });
    expect(r).toMatchObject({ status: 'completed', instructions: 'B.', metadata: { k: 'v' } });
    const r2 = await c.beta.threads.runs.createAndPoll(r.thread_id, { assistant_id: a.id, additional_messages: [{ role: 'user', content: 'again' }], truncation_strategy: { type: 'last_messages', last_messages: 1 } }, { pollIntervalMs: 0 });
    const msgs = await c.beta.threads.messages.list(r.thread_id, { order: 'asc' });
    expect(msgs.data.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(r2.truncation_strategy).toEqual({ type: 'last_messages', last_messages: 1 });
  });

  it('reproduces known issue 10 both ways under faults', async () => {
    const race = client('run-cancel-race');
    const { a, t } = await setup(race, 'hello');
    const r = await race.beta.threads.runs.create(t.id, { assistant_id: a.id });
    expect((await race.beta.threads.runs.cancel(r.id, { thread_id: t.id })).status).toBe('cancelling');
    expect((await race.beta.threads.runs.poll(r.id, { thread_id: t.id }, { pollIntervalMs: 0 })).status).toBe('completed');
    const early = client('run-completes-before-cancel');
    const s = await setup(early, 'hello');
    const r2 = await early.beta.threads.runs.create(s.t.id, { assistant_id: s.a.id });
    const e = await error(early.beta.threads.runs.cancel(r2.id, { thread_id: s.t.id }));
    expect(e.error).toEqual({ message: "Cannot cancel run with status 'completed'.", type: 'invalid_request_error', param: null, code: null });
  });

  it('runs overriding the model with a reasoning model fail under the stored-temperature fault', async () => {
    const f = client('reasoning-stored-temperature');
    const { a, t } = await setup(f, 'hi');
    const e = await error(f.beta.threads.runs.create(t.id, { assistant_id: a.id, model: 'o3-mini' }));
    expect(e.error).toMatchObject({ message: "Unsupported parameter: 'temperature' is not supported with this model.", param: 'temperature', code: 'unsupported_parameter' });
    const ok = client();
    const s = await setup(ok, 'hi');
    expect(await ok.beta.threads.runs.create(s.t.id, { assistant_id: s.a.id, model: 'o3-mini' })).toMatchObject({ model: 'o3-mini', temperature: null, top_p: null });
  });
});
