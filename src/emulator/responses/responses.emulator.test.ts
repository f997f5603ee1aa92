import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('emulator: Responses (plain)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = (key = `responses-${++n}`) => new OpenAI({ apiKey: key, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('creates a response from a string input, with the real object shape', async () => {
    const r = await client().responses.create({ model: 'gpt-4o-mini', input: 'Hello there', instructions: 'Be brief.' });
    expect(r.id).toMatch(/^resp_/);
    expect(r).toMatchObject({ object: 'response', status: 'completed', error: null, incomplete_details: null, instructions: 'Be brief.', previous_response_id: null, store: true });
    expect(r.output).toHaveLength(1);
    const msg = r.output[0]!;
    expect(msg).toMatchObject({ type: 'message', role: 'assistant', status: 'completed' });
    if (msg.type !== 'message') throw new Error('expected a message');
    expect(msg.id).toMatch(/^msg_/);
    expect(msg.content[0]).toMatchObject({ type: 'output_text', annotations: [], text: expect.stringContaining('Hello there') });
    expect(r.output_text).toContain('Hello there');
    expect(r.model).toBe('gpt-4o-mini-2024-07-18');
    expect(r.usage).toEqual({
      input_tokens: expect.any(Number),
      input_tokens_details: { cache_write_tokens: 0, cached_tokens: 0 },
      output_tokens: expect.any(Number),
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: (r.usage?.input_tokens ?? 0) + (r.usage?.output_tokens ?? 0),
    });
  });

  it('does not send output_text on the wire (it is an SDK convenience)', async () => {
    const raw = await fetch(`${emu.baseURL}/responses`, { method: 'POST', headers: { authorization: 'Bearer wire', 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi' }) });
    const body = (await raw.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('output_text');
    expect(body).not.toHaveProperty('conversation');
  });

  it('is deterministic: the same context gives the same reply, another context another one', async () => {
    const a = await client('det-a').responses.create({ model: 'gpt-4o', input: [{ role: 'user', content: 'same' }] });
    const b = await client('det-b').responses.create({ model: 'gpt-4o', input: 'same' });
    const c = await client('det-c').responses.create({ model: 'gpt-4o', input: 'same', instructions: 'other' });
    expect(a.output_text).toBe(b.output_text);
    expect(c.output_text).not.toBe(a.output_text);
  });

  it('retrieves, lists input items and deletes', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: [{ role: 'user', content: 'first' }, { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'second' }] }] });
    expect((await c.responses.retrieve(r.id)).output).toEqual(r.output);
    const items = await c.responses.inputItems.list(r.id);
    expect(items.data.map((i) => (i.type === 'message' ? i.content[0] : null))).toEqual([{ type: 'input_text', text: 'second' }, { type: 'input_text', text: 'first' }]);
    expect(items.data.every((i) => i.id?.startsWith('msg_'))).toBe(true);
    const asc = await c.responses.inputItems.list(r.id, { order: 'asc', limit: 1 });
    expect(asc.data).toHaveLength(1);
    expect(asc.has_more).toBe(true);
    expect(await c.responses.delete(r.id)).toEqual({ id: r.id, object: 'response.deleted', deleted: true });
    const err = await c.responses.retrieve(r.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.NotFoundError>).message).toContain(`Response with id '${r.id}' not found.`);
  });

  it('chains previous_response_id: the earlier turns are in the context, instructions are not inherited', async () => {
    const c = client();
    const first = await c.responses.create({ model: 'gpt-4o', input: 'My name is Ada.', instructions: 'Remember.' });
    const second = await c.responses.create({ model: 'gpt-4o', input: 'What is my name?', previous_response_id: first.id });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.instructions).toBeNull();
    const alone = await client().responses.create({ model: 'gpt-4o', input: 'What is my name?' });
    expect(second.output_text).not.toBe(alone.output_text);
    const err = await c.responses.create({ model: 'gpt-4o', input: 'x', previous_response_id: 'resp_nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({ message: "Previous response with id 'resp_nope' not found.", param: 'previous_response_id', code: 'previous_response_not_found' });
  });

  it('rejects temperature and top_p on reasoning models with the real envelope', async () => {
    for (const param of ['temperature', 'top_p'] as const) {
      const err = await client().responses.create({ model: 'o3-mini', input: 'x', [param]: 0.5 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      expect((err as InstanceType<typeof OpenAI.BadRequestError>).error).toEqual({ message: `Unsupported parameter: '${param}' is not supported with this model.`, type: 'invalid_request_error', param, code: 'unsupported_parameter' });
    }
    const off = await client().responses.create({ model: 'gpt-5', input: 'x', temperature: 0.5, reasoning: { effort: 'none' } });
    expect(off.output.map((o) => o.type)).toEqual(['message']);
    const effort = await client().responses.create({ model: 'gpt-4o', input: 'x', reasoning: { effort: 'low' } }).catch((e: unknown) => e);
    expect((effort as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({ message: "Unsupported parameter: 'reasoning.effort' is not supported with this model.", param: 'reasoning.effort' });
    const ok = await client().responses.create({ model: 'gpt-4o', input: 'x', temperature: 0.5 });
    expect(ok.temperature).toBe(0.5);
    const low = await client().responses.create({ model: 'gpt-4o', input: 'x', temperature: -1 }).catch((e: unknown) => e);
    expect((low as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({ message: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.", code: 'decimal_below_min_value' });
  });

  it('emits a reasoning item for reasoning models, with reasoning tokens in usage', async () => {
    const r = await client().responses.create({ model: 'o4-mini', input: 'think', reasoning: { effort: 'low', summary: 'auto' } });
    expect(r.output.map((o) => o.type)).toEqual(['reasoning', 'message']);
    expect(r.output[0]).toMatchObject({ type: 'reasoning', id: expect.stringMatching(/^rs_/), summary: [{ type: 'summary_text', text: expect.any(String) }] });
    expect(r.reasoning).toEqual({ context: 'current_turn', effort: 'low', mode: 'standard', summary: 'auto' });
    expect(r.usage?.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('ends incomplete on max_output_tokens and follows fail / refuse directives', async () => {
    const long = 'word '.repeat(200);
    const inc = await client().responses.create({ model: 'gpt-4o', input: long, max_output_tokens: 16 });
    expect(inc.status).toBe('incomplete');
    expect(inc.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(inc.output[0]).toMatchObject({ status: 'incomplete' });
    const failed = await client().responses.create({ model: 'gpt-4o', input: 'x [[oaic:fail rate_limit_exceeded]]' });
    expect(failed.status).toBe('failed');
    expect(failed.error).toEqual({ code: 'rate_limit_exceeded', message: expect.any(String) });
    const refused = await client().responses.create({ model: 'gpt-4o', input: 'x [[oaic:refuse No.]]' });
    expect(refused.output[0]).toMatchObject({ type: 'message', content: [{ type: 'refusal', refusal: 'No.' }] });
    const small = await client().responses.create({ model: 'gpt-4o', input: 'x', max_output_tokens: 5 }).catch((e: unknown) => e);
    expect((small as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({ param: 'max_output_tokens', code: 'integer_below_min_value' });
  });

  it('answers structured output formats with JSON that fits the schema', async () => {
    const r = await client().responses.create({
      model: 'gpt-4o',
      input: 'city?',
      text: { format: { type: 'json_schema', name: 'city', strict: true, schema: { type: 'object', properties: { name: { type: 'string' }, pop: { type: 'integer' } }, required: ['name', 'pop'], additionalProperties: false } } },
    });
    expect(JSON.parse(r.output_text)).toEqual({ name: expect.stringContaining('city?'), pop: 0 });
    expect(r.text?.format).toMatchObject({ type: 'json_schema', name: 'city', strict: true });
  });

  it('does not store when store is false', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: 'x', store: false });
    expect((r as unknown as { store: boolean }).store).toBe(false);
    await expect(c.responses.retrieve(r.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('counts input tokens as the usage of the same request reports them', async () => {
    const c = client();
    const body = { model: 'gpt-4.1-mini', instructions: 'Follow the system instructions.', input: [{ role: 'user' as const, content: 'The quick brown fox jumps over the lazy dog.' }] };
    const count = await c.responses.inputTokens.count(body);
    expect(count).toEqual({ object: 'response.input_tokens', input_tokens: expect.any(Number) });
    const r = await c.responses.create(body);
    expect(r.usage?.input_tokens).toBe(count.input_tokens);
    await expect(c.responses.inputTokens.count({ model: 'gpt-4o', previous_response_id: 'resp_nope' })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
  });

  it('requires a returned reasoning item to keep its following item, with the real text', async () => {
    const c = client();
    const first = await c.responses.create({ model: 'gpt-5', input: 'What is the meaning of life?', include: ['reasoning.encrypted_content'], store: false });
    const [reasoning, message] = first.output;
    if (reasoning?.type !== 'reasoning' || message?.type !== 'message') throw new Error('expected reasoning then message');
    const user = { role: 'user' as const, content: 'What is the meaning of life?' };
    const bad = await c.responses.create({ model: 'gpt-5', input: [user, reasoning, { role: 'assistant', content: 'The meaning of life is 42' }, { role: 'user', content: 'Anything to add?' }] }).catch((e: unknown) => e);
    expect((bad as InstanceType<typeof OpenAI.BadRequestError>).error).toEqual({ message: `Item '${reasoning.id}' of type 'reasoning' was provided without its required following item.`, type: 'invalid_request_error', param: 'input', code: null });
    const ok = await c.responses.create({ model: 'gpt-5', input: [user, reasoning, message, { role: 'user', content: 'Anything to add?' }] });
    expect(ok.status).toBe('completed');
  });

  it('resolves item_reference input items to the stored items', async () => {
    const c = client();
    const first = await c.responses.create({ model: 'gpt-4o', input: 'Remember 7.' });
    const reply = first.output[0];
    if (reply?.type !== 'message') throw new Error('expected a message');
    const viaRef = await c.responses.create({ model: 'gpt-4o', input: [{ type: 'item_reference', id: reply.id }, { role: 'user', content: 'Which number?' }] });
    const inline = await c.responses.create({ model: 'gpt-4o', input: [reply, { role: 'user', content: 'Which number?' }] });
    expect(viaRef.output_text).toBe(inline.output_text);
    expect((await c.responses.inputItems.list(viaRef.id, { order: 'asc' })).data[0]?.id).toBe(reply.id);
    const missing = await c.responses.create({ model: 'gpt-4o', input: [{ type: 'item_reference', id: 'msg_nope' }] }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect((missing as InstanceType<typeof OpenAI.NotFoundError>).error).toMatchObject({ message: "Item with id 'msg_nope' not found.", param: 'input[0].id' });
  });

  it('echoes truncation, service tier and the other request settings as the service does', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: 'x', truncation: 'auto', service_tier: 'flex', prompt_cache_key: 'k1', safety_identifier: 'u1', max_tool_calls: 3, top_logprobs: 2 });
    expect(r).toMatchObject({ truncation: 'auto', service_tier: 'flex', prompt_cache_key: 'k1', safety_identifier: 'u1', max_tool_calls: 3, top_logprobs: 2 });
    const events = [];
    for await (const e of await client().responses.create({ model: 'gpt-4o', input: 'x', stream: true, stream_options: { include_obfuscation: false } })) events.push(e);
    expect(events[0]).toMatchObject({ response: { service_tier: 'auto' } });
    expect(events[events.length - 1]).toMatchObject({ response: { service_tier: 'default' } });
    expect(events.some((e) => 'obfuscation' in e)).toBe(false);
    const bad = await client().responses.create({ model: 'gpt-4o', input: 'x', truncation: 'sometimes' as 'auto' }).catch((e: unknown) => e);
    expect((bad as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({ message: "Invalid value: 'sometimes'. Supported values are: 'auto' and 'disabled'.", param: 'truncation' });
  });
});
