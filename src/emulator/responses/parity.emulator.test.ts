/**
 * Migration parity at the model level: a thread run under the Assistants API and the same
 * transcript under Responses (stateless, in a conversation, or with built-in tools) present the
 * same ModelContext, so the emulator gives the same reply.
 */
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('emulator: Assistants ↔ Responses parity', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `parity-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  async function assistantsReply(c: OpenAI, messages: { role: 'user' | 'assistant'; content: string }[], tools: OpenAI.Beta.AssistantTool[] = []): Promise<string> {
    const assistant = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Be brief.', tools });
    const thread = await c.beta.threads.create({ messages });
    const run = await c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 1 });
    expect(run.status).toBe('completed');
    const list = await c.beta.threads.messages.list(thread.id, { order: 'desc', limit: 1 });
    const part = list.data[0]?.content[0];
    return part?.type === 'text' ? part.text.value : '';
  }

  it('gives a thread and the same transcript sent to Responses the same reply', async () => {
    const transcript = [
      { role: 'user' as const, content: 'What are the 5 Ds of dodgeball?' },
      { role: 'assistant' as const, content: 'Dodge, duck, dip, dive and dodge.' },
      { role: 'user' as const, content: 'Which one is listed twice?' },
    ];
    const viaRun = await assistantsReply(client(), transcript);
    const stateless = await client().responses.create({ model: 'gpt-4o', instructions: 'Be brief.', input: transcript });
    expect(stateless.output_text).toBe(viaRun);
    const c = client();
    const conv = await c.conversations.create({ items: transcript.slice(0, 2) });
    const inConversation = await c.responses.create({ model: 'gpt-4o', instructions: 'Be brief.', conversation: conv.id, input: transcript[2]!.content });
    expect(inConversation.output_text).toBe(viaRun);
  });

  it('runs code_interpreter through the same protocol under both APIs', async () => {
    const ask = [{ role: 'user' as const, content: 'Compute it. [[oaic:code print(6*7)]]' }];
    const viaRun = await assistantsReply(client(), ask, [{ type: 'code_interpreter' }]);
    const r = await client().responses.create({ model: 'gpt-4o', instructions: 'Be brief.', input: ask, tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] });
    expect(r.output.map((o) => o.type)).toEqual(['code_interpreter_call', 'message']);
    expect(r.output_text).toContain('Tool results: 42.');
    expect(r.output_text).toBe(viaRun);
  });

  it('runs file_search over the same vector store with the same reply and citations', async () => {
    const c = client();
    const file = await c.files.create({ file: await toFile(Buffer.from('Refunds are granted within 30 days of purchase with a receipt.\n\nShipping takes five days.'), 'policy.txt'), purpose: 'assistants' });
    const vs = await c.vectorStores.create({ name: 'policies', file_ids: [file.id] });
    await c.vectorStores.files.poll(vs.id, file.id, { pollIntervalMs: 1 });
    const ask = [{ role: 'user' as const, content: 'How long do refunds take? [[oaic:search refund days]]' }];
    const assistant = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Be brief.', tools: [{ type: 'file_search' }], tool_resources: { file_search: { vector_store_ids: [vs.id] } } });
    const thread = await c.beta.threads.create({ messages: ask });
    await c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 1 });
    const msg = (await c.beta.threads.messages.list(thread.id, { order: 'desc', limit: 1 })).data[0]?.content[0];
    const viaRun = msg?.type === 'text' ? msg.text : null;
    const r = await c.responses.create({ model: 'gpt-4o', instructions: 'Be brief.', input: ask, tools: [{ type: 'file_search', vector_store_ids: [vs.id] }] });
    expect(r.output.map((o) => o.type)).toEqual(['file_search_call', 'message']);
    expect(r.output_text).toContain('Refunds are granted within 30 days');
    expect(r.output_text).toBe(viaRun?.value);
    const part = r.output[1]?.type === 'message' ? r.output[1].content[0] : undefined;
    expect(part?.type === 'output_text' ? part.annotations : []).toEqual([{ type: 'file_citation', file_id: file.id, filename: 'policy.txt', index: r.output_text.length }]);
    expect(viaRun?.annotations.map((a) => (a.type === 'file_citation' ? a.file_citation.file_id : null))).toEqual([file.id]);
  });
  it('counts every model call of a built-in round in usage, as the run steps do', async () => {
    const c = client();
    const ask = [{ role: 'user' as const, content: 'Compute it. [[oaic:code print(6*7)]]' }];
    const assistant = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Be brief.', tools: [{ type: 'code_interpreter' }] });
    const thread = await c.beta.threads.create({ messages: ask });
    const run = await c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 1 });
    const r = await c.responses.create({ model: 'gpt-4o', instructions: 'Be brief.', input: ask, tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] });
    const plain = await c.responses.create({ model: 'gpt-4o', instructions: 'Be brief.', input: ask });
    expect(r.usage?.input_tokens).toBeGreaterThan(plain.usage?.input_tokens ?? 0);
    expect([r.usage?.input_tokens, r.usage?.output_tokens, r.usage?.total_tokens]).toEqual([run.usage?.prompt_tokens, run.usage?.completion_tokens, run.usage?.total_tokens]);
  });
  it('writes the message said before a built-in tool under both APIs (Responses: phase commentary on gpt-5.5)', async () => {
    const c = client();
    const ask = [{ role: 'user' as const, content: '[[oaic:say Let me compute that.]] [[oaic:code print(6*7)]]' }];
    const assistant = await c.beta.assistants.create({ model: 'gpt-5.5', instructions: 'Be brief.', tools: [{ type: 'code_interpreter' }] });
    const thread = await c.beta.threads.create({ messages: ask });
    await c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 1 });
    const written = (await c.beta.threads.messages.list(thread.id, { order: 'asc' })).data.filter((m) => m.role === 'assistant').map((m) => (m.content[0]?.type === 'text' ? m.content[0].text.value : ''));
    const r = await c.responses.create({ model: 'gpt-5.5', instructions: 'Be brief.', input: ask, tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] });
    expect(r.output.map((o) => (o.type === 'message' ? `message/${o.phase ?? ''}` : o.type))).toEqual(['reasoning', 'message/commentary', 'code_interpreter_call', 'message/final_answer']);
    const texts = r.output.flatMap((o) => (o.type === 'message' && o.content[0]?.type === 'output_text' ? [o.content[0].text] : []));
    expect(texts).toEqual(written);
    expect(texts[0]).toBe('Let me compute that.');
  });
});
