import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getFile } from '../files/store.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

// file_search runs through searchVectorStores (implemented on branch emu-files); here it returns
// fixed hits so the citation path is tested on its own.
vi.mock('../vector-stores/search.ts', () => ({
  searchVectorStores: (_ns: unknown, ids: readonly string[], query: string) =>
    ids.includes('vs_refunds') ? [{ fileId: 'file-policy', filename: 'policy.md', score: 0.91, text: `Refunds are issued within 14 days (${query}).` }, { fileId: 'file-faq', filename: 'faq.md', score: 0.4, text: 'Shipping takes a week.' }] : [],
}));

describe('tools', () => {
  let emu: EmulatorHandle;
  let n = 0;
  beforeAll(async () => void (emu = await startEmulator()));
  afterAll(() => emu.close());
  const client = () => new OpenAI({ apiKey: `tools-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });

  it('code_interpreter: a completed step with input, logs and a real PNG in the files store, then the answer', async () => {
    const c = client();
    const a = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Compute.', tools: [{ type: 'code_interpreter' }] });
    const t = await c.beta.threads.create({ messages: [{ role: 'user', content: 'chart [[oaic:code print(6 * 7)\nplt.bar([1, 2], [3, 4])]]' }] });
    const stream = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
    const inputs: string[] = [];
    stream.on('toolCallDelta', (d) => d.type === 'code_interpreter' && d.code_interpreter?.input && inputs.push(d.code_interpreter.input));
    const run = await stream.finalRun();
    expect(run.status).toBe('completed');
    expect(inputs.join('')).toBe('print(6 * 7)\nplt.bar([1, 2], [3, 4])');
    const steps = await c.beta.threads.runs.steps.list(run.id, { thread_id: t.id, order: 'asc' });
    const details = steps.data[0]!.step_details;
    if (details.type !== 'tool_calls') throw new Error('expected a tool_calls step');
    const call = details.tool_calls[0]!;
    if (call.type !== 'code_interpreter') throw new Error('expected code_interpreter');
    expect(call.code_interpreter.outputs[0]).toEqual({ type: 'logs', logs: '42' });
    const image = call.code_interpreter.outputs[1];
    if (image?.type !== 'image') throw new Error('expected an image output');
    const file = getFile(emu.store.namespace(c.apiKey ?? ''), image.image.file_id);
    expect(file.object).toMatchObject({ purpose: 'assistants_output', filename: `${call.id}.png` });
    expect(file.content.subarray(1, 4).toString()).toBe('PNG');
    const reply = (await c.beta.threads.messages.list(t.id)).data[0]!;
    expect(reply.content[0]).toMatchObject({ text: { value: expect.stringContaining('Tool results: 42.') } });
  });

  it('file_search: a step with ranked results over the attached store, and file_citation annotations on the quotes', async () => {
    const c = client();
    const a = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Answer from files.', tools: [{ type: 'file_search', file_search: { ranking_options: { score_threshold: 0.5 } } }], tool_resources: { file_search: { vector_store_ids: ['vs_refunds'] } } });
    const t = await c.beta.threads.create({ messages: [{ role: 'user', content: 'refunds? [[oaic:search refund policy]]' }] });
    const stream = c.beta.threads.runs.stream(t.id, { assistant_id: a.id });
    const run = await stream.finalRun();
    const [msg] = await stream.finalMessages();
    expect(run.status).toBe('completed');
    const part = msg!.content[0];
    const text = part?.type === 'text' ? part.text : null;
    const quote = 'Refunds are issued within 14 days (refund policy).';
    expect(text?.value).toContain(quote);
    expect(text?.annotations).toEqual([{ type: 'file_citation', text: quote, start_index: text!.value.indexOf(quote), end_index: text!.value.indexOf(quote) + quote.length, file_citation: { file_id: 'file-policy' } }]);
    const steps = await c.beta.threads.runs.steps.list(run.id, { thread_id: t.id, order: 'asc', include: ['step_details.tool_calls[*].file_search.results[*].content'] });
    const details = steps.data[0]!.step_details;
    if (details.type !== 'tool_calls' || details.tool_calls[0]!.type !== 'file_search') throw new Error('expected a file_search step');
    expect(details.tool_calls[0]!.file_search).toEqual({ ranking_options: { ranker: 'default_2024_08_21', score_threshold: 0.5 }, results: [{ file_id: 'file-policy', file_name: 'policy.md', score: 0.91, content: [{ type: 'text', text: quote }] }] });
    const plain = await c.beta.threads.runs.steps.list(run.id, { thread_id: t.id, order: 'asc' });
    const r0 = plain.data[0]!.step_details.type === 'tool_calls' ? plain.data[0]!.step_details.tool_calls[0] : null;
    expect(r0?.type === 'file_search' && r0.file_search.results?.[0]).not.toHaveProperty('content');
  });

  it('function calling: parallel calls by default, one call with parallel_tool_calls false', async () => {
    const c = client();
    const fn = (name: string) => ({ type: 'function' as const, function: { name, parameters: { type: 'object', properties: {} } } });
    const a = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'x', tools: [fn('a'), fn('b')] });
    const text = 'both [[oaic:call a {}]] [[oaic:call b {"x":1}]]';
    const t1 = await c.beta.threads.create({ messages: [{ role: 'user', content: text }] });
    const r1 = await c.beta.threads.runs.createAndPoll(t1.id, { assistant_id: a.id }, { pollIntervalMs: 0 });
    expect(r1.required_action!.submit_tool_outputs.tool_calls.map((x) => x.function.name)).toEqual(['a', 'b']);
    const t2 = await c.beta.threads.create({ messages: [{ role: 'user', content: text }] });
    const r2 = await c.beta.threads.runs.createAndPoll(t2.id, { assistant_id: a.id, parallel_tool_calls: false }, { pollIntervalMs: 0 });
    expect(r2.required_action!.submit_tool_outputs.tool_calls.map((x) => x.function.name)).toEqual(['a']);
  });
});
