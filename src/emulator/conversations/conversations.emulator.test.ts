import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Bad = InstanceType<typeof OpenAI.BadRequestError>;
type Item = OpenAI.Conversations.ConversationItem;

const text = (i: Item | undefined): string => (i?.type === 'message' ? i.content.map((p) => ('text' in p ? p.text : 'refusal' in p ? p.refusal : '')).join('') : '');

describe('emulator: Conversations', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `conv-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('creates with items and metadata, retrieves, updates, deletes', async () => {
    const c = client();
    const conv = await c.conversations.create({ items: [{ role: 'user', content: 'what are the 5 Ds of dodgeball?' }], metadata: { user_id: 'peter' } });
    expect(conv).toEqual({ id: expect.stringMatching(/^conv_/), object: 'conversation', created_at: expect.any(Number), metadata: { user_id: 'peter' } });
    expect(await c.conversations.retrieve(conv.id)).toEqual(conv);
    expect(await c.conversations.update(conv.id, { metadata: { topic: 'sport' } })).toMatchObject({ id: conv.id, metadata: { topic: 'sport' } });
    expect(await c.conversations.delete(conv.id)).toEqual({ id: conv.id, object: 'conversation.deleted', deleted: true });
    const err = await c.conversations.retrieve(conv.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as Bad).message).toContain(`Conversation with id '${conv.id}' not found.`);
  });

  it('accepts the item shapes the service accepts and gives them real id prefixes', async () => {
    const c = client();
    const conv = await c.conversations.create({});
    const created = await c.conversations.items.create(conv.id, {
      items: [
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }, { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'low' }] },
        { role: 'assistant', content: 'hello' },
        { type: 'message', role: 'assistant', id: 'msg_given', status: 'completed', content: [{ type: 'output_text', text: 'given', annotations: [] }] },
        { role: 'developer', content: 'be nice' },
        { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
        { type: 'function_call_output', call_id: 'call_1', output: '42' },
      ] as OpenAI.Responses.ResponseInputItem[],
    });
    expect(created.data.map((i) => i.id?.slice(0, i.id.indexOf('_') + 1))).toEqual(['msg_', 'msg_', 'msg_', 'msg_', 'fc_', 'fco_']);
    expect(created.data[2]?.id).toBe('msg_given');
    expect(created.data[1]).toMatchObject({ type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'hello', annotations: [] }] });
    const listed = await c.conversations.items.list(conv.id, { order: 'asc' });
    expect(listed.data.map((i) => i.id)).toEqual(created.data.map((i) => i.id));
    const desc = await c.conversations.items.list(conv.id, { limit: 2 });
    expect(desc.data.map((i) => i.id)).toEqual(created.data.slice(-2).reverse().map((i) => i.id));
    expect(desc.has_more).toBe(true);
    const one = await c.conversations.items.retrieve('msg_given', { conversation_id: conv.id });
    expect(text(one)).toBe('given');
    expect(await c.conversations.items.delete('msg_given', { conversation_id: conv.id })).toMatchObject({ id: conv.id, object: 'conversation' });
    await expect(c.conversations.items.retrieve('msg_given', { conversation_id: conv.id })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('enforces 20 items per call and rejects malformed items with the real texts', async () => {
    const c = client();
    const many = Array.from({ length: 21 }, (_, i) => ({ role: 'user' as const, content: `m${i}` }));
    const tooMany = await c.conversations.create({ items: many }).catch((e: unknown) => e);
    expect((tooMany as Bad).error).toEqual({
      message: "Invalid 'items': array too long. Expected an array with maximum length 20, but got an array with length 21 instead.",
      type: 'invalid_request_error',
      param: 'items',
      code: 'array_above_max_length',
    });
    const conv = await c.conversations.create({ items: many.slice(0, 20) });
    const items = await c.conversations.items.create(conv.id, { items: many.slice(0, 20) });
    expect(items.data).toHaveLength(20);
    const role = await c.conversations.items.create(conv.id, { items: [{ role: 'bot', content: 'x' } as unknown as OpenAI.Responses.EasyInputMessage] }).catch((e: unknown) => e);
    expect((role as Bad).error).toMatchObject({ message: "Invalid value: 'bot'. Supported values are: 'assistant', 'system', 'developer', and 'user'.", param: 'items[0].role', code: 'invalid_value' });
    const assistantInput = await c.conversations.items
      .create(conv.id, { items: [{ type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'x' }] } as unknown as OpenAI.Responses.EasyInputMessage] })
      .catch((e: unknown) => e);
    expect((assistantInput as Bad).error).toMatchObject({ message: "Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'.", param: 'items[0].content[0].type' });
    const noCallId = await c.conversations.items.create(conv.id, { items: [{ type: 'function_call_output', output: 'x' } as unknown as OpenAI.Responses.EasyInputMessage] }).catch((e: unknown) => e);
    expect((noCallId as Bad).error).toMatchObject({ message: "Missing required parameter: 'items[0].call_id'.", code: 'missing_required_parameter' });
    const listed = await c.conversations.items.list(conv.id, { limit: 100 });
    expect(listed.data).toHaveLength(40);
  });

  it('a response made in a conversation reads its items and appends input and output', async () => {
    const c = client();
    const conv = await c.conversations.create({ items: [{ role: 'user', content: 'Remember CODE-1.' }] });
    const r = await c.responses.create({ model: 'gpt-4o', conversation: conv.id, input: 'What was the code?' });
    expect((r as unknown as { conversation: unknown }).conversation).toEqual({ id: conv.id });
    const items = await c.conversations.items.list(conv.id, { order: 'asc' });
    expect(items.data.map((i) => (i.type === 'message' ? i.role : i.type))).toEqual(['user', 'user', 'assistant']);
    expect(items.data[2]?.id).toBe(r.output[0]?.id);
    expect(text(items.data[2])).toBe(r.output_text);
    // The same transcript sent statelessly gets the same reply: the conversation is the context.
    const stateless = await client().responses.create({ model: 'gpt-4o', input: [{ role: 'user', content: 'Remember CODE-1.' }, { role: 'user', content: 'What was the code?' }] });
    expect(stateless.output_text).toBe(r.output_text);
    const next = await c.responses.create({ model: 'gpt-4o', conversation: { id: conv.id }, input: 'again' });
    expect(next.output_text).not.toBe(r.output_text);
    expect((await c.conversations.items.list(conv.id)).data).toHaveLength(5);
    const both = await c.responses.create({ model: 'gpt-4o', conversation: conv.id, previous_response_id: r.id, input: 'x' }).catch((e: unknown) => e);
    expect((both as Bad).error).toMatchObject({ code: 'mutually_exclusive_parameters' });
    const missing = await c.responses.create({ model: 'gpt-4o', conversation: 'conv_missing', input: 'x' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    // An item_reference is context, not a new item: it is not appended again.
    await c.responses.create({ model: 'gpt-4o', conversation: conv.id, input: [{ type: 'item_reference', id: r.output[0]?.id ?? '' }, { role: 'user', content: 'once more' }] });
    const after = (await c.conversations.items.list(conv.id, { limit: 100 })).data;
    expect(after).toHaveLength(7);
    expect(new Set(after.map((i) => i.id)).size).toBe(7);
  });
});
