import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../server.ts';

const exec: OpenAI.Responses.CustomTool = { type: 'custom', name: 'code_exec', description: 'Runs Python code' };

describe('emulator: Responses custom tools (simulated)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `custom-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('calls a declared custom tool with free-text input and answers its output on the next turn', async () => {
    const c = client();
    const first = await c.responses.create({ model: 'gpt-5', input: 'Say hi [[oaic:call code_exec print("hi")]]', tools: [exec] });
    expect(first.tools).toEqual([{ type: 'custom', description: 'Runs Python code', format: { type: 'text' }, name: 'code_exec' }]);
    const call = first.output.find((o) => o.type === 'custom_tool_call');
    if (call?.type !== 'custom_tool_call') throw new Error(`expected a custom_tool_call, got ${JSON.stringify(first.output)}`);
    expect(call).toMatchObject({ id: expect.stringMatching(/^ctc_/), call_id: expect.stringMatching(/^call_/), name: 'code_exec', input: 'print("hi")' });
    expect(first.output.some((o) => o.type === 'function_call')).toBe(false);
    const second = await c.responses.create({ model: 'gpt-5', previous_response_id: first.id, tools: [exec], input: [{ type: 'custom_tool_call_output', call_id: call.call_id, output: 'hi' }] });
    expect(second.output_text).toContain('Tool results: hi.');
    const items = await c.responses.inputItems.list(second.id);
    expect(items.data).toEqual([expect.objectContaining({ type: 'custom_tool_call_output', call_id: call.call_id, output: 'hi' })]);
  });

  it('keeps a function of another name a function_call', async () => {
    const c = client();
    const fn: OpenAI.Responses.FunctionTool = { type: 'function', name: 'get_time', parameters: { type: 'object', properties: {} }, strict: false };
    const r = await c.responses.create({ model: 'gpt-4o', input: 'Time? [[oaic:call get_time {}]]', tools: [exec, fn] });
    expect(r.output.map((o) => o.type)).toEqual(['function_call']);
  });

  it('streams the input as custom_tool_call_input deltas that join to the item input', async () => {
    const stream = client().responses.stream({ model: 'gpt-4o', input: 'Go [[oaic:deltas 3]] [[oaic:call code_exec print(6 * 7)]]', tools: [exec] });
    const types: string[] = [];
    const deltas: string[] = [];
    let done = '';
    stream.on('event', (e) => {
      types.push(e.type);
      if (e.type === 'response.custom_tool_call_input.delta') deltas.push(e.delta);
      if (e.type === 'response.custom_tool_call_input.done') done = e.input;
    });
    const final = await stream.finalResponse();
    const item = final.output[0];
    expect(item?.type === 'custom_tool_call' && item.input).toBe('print(6 * 7)');
    expect(deltas.length).toBe(3);
    expect(deltas.join('')).toBe('print(6 * 7)');
    expect(done).toBe('print(6 * 7)');
    expect(types.filter((t) => t.startsWith('response.output_item') || t.startsWith('response.custom'))).toEqual([
      'response.output_item.added', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done', 'response.output_item.done',
    ]);
  });

  it('rejects a custom_tool_call_output with no matching call, and a chained call left unanswered', async () => {
    const c = client();
    await expect(c.responses.create({ model: 'gpt-4o', tools: [exec], input: [{ type: 'custom_tool_call_output', call_id: 'call_nope', output: 'x' }] })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('No tool call found for custom tool call output with call_id call_nope') });
    const first = await c.responses.create({ model: 'gpt-4o', input: 'Go [[oaic:call code_exec x = 1]]', tools: [exec] });
    await expect(c.responses.create({ model: 'gpt-4o', previous_response_id: first.id, tools: [exec], input: 'and then?' })).rejects.toMatchObject({ status: 400 });
  });

  it('rejects a custom tool without a name', async () => {
    await expect(client().responses.create({ model: 'gpt-4o', input: 'x', tools: [{ type: 'custom' } as unknown as OpenAI.Responses.CustomTool] })).rejects.toMatchObject({ status: 400, param: 'tools[0].name' });
  });
});
