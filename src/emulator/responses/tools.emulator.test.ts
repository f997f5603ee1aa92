import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

const weather: OpenAI.Responses.FunctionTool = { type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }, strict: false };
const time: OpenAI.Responses.FunctionTool = { type: 'function', name: 'get_time', parameters: { type: 'object', properties: {} }, strict: false };

type Bad = InstanceType<typeof OpenAI.BadRequestError>;

describe('emulator: Responses tools', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `tools-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('runs a function-call loop with previous_response_id and function_call_output', async () => {
    const c = client();
    const first = await c.responses.create({ model: 'gpt-4o', input: 'Weather in Paris? [[oaic:call get_weather {"city":"Paris"}]]', tools: [weather] });
    const call = first.output[0];
    if (call?.type !== 'function_call') throw new Error('expected a function call');
    expect(call).toMatchObject({ id: expect.stringMatching(/^fc_/), call_id: expect.stringMatching(/^call_/), name: 'get_weather', arguments: '{"city":"Paris"}', status: 'completed' });
    expect(first.tools[0]).toMatchObject({ type: 'function', name: 'get_weather', strict: false });
    const second = await c.responses.create({ model: 'gpt-4o', previous_response_id: first.id, tools: [weather], input: [{ type: 'function_call_output', call_id: call.call_id, output: 'Sunny, 22C' }] });
    expect(second.output_text).toContain('Tool results: Sunny, 22C.');
    const items = await c.responses.inputItems.list(second.id);
    expect(items.data).toEqual([expect.objectContaining({ type: 'function_call_output', call_id: call.call_id, output: 'Sunny, 22C' })]);
  });

  it('runs the same loop statelessly (the call item sent back in input) with the same reply', async () => {
    const c = client();
    const first = await c.responses.create({ model: 'gpt-4o', input: 'Weather in Paris? [[oaic:call get_weather {"city":"Paris"}]]', tools: [weather] });
    const call = first.output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    const viaChain = await c.responses.create({ model: 'gpt-4o', previous_response_id: first.id, tools: [weather], input: [{ type: 'function_call_output', call_id: call.call_id, output: 'ok' }] });
    const stateless = await c.responses.create({
      model: 'gpt-4o',
      tools: [weather],
      input: [
        { role: 'user', content: 'Weather in Paris? [[oaic:call get_weather {"city":"Paris"}]]' },
        { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
        { type: 'function_call_output', call_id: call.call_id, output: 'ok' },
      ],
    });
    expect(stateless.output_text).toBe(viaChain.output_text);
  });

  it('rejects tool outputs without a call and calls without outputs, with the real texts', async () => {
    const c = client();
    const orphan = await c.responses.create({ model: 'gpt-4o', input: [{ type: 'function_call_output', call_id: 'call_x', output: '1' }] }).catch((e: unknown) => e);
    expect((orphan as Bad).error).toMatchObject({ message: 'No tool call found for function call output with call_id call_x.', param: 'input' });
    const first = await c.responses.create({ model: 'gpt-4o', input: '[[oaic:call get_weather {}]]', tools: [weather] });
    const missing = await c.responses.create({ model: 'gpt-4o', previous_response_id: first.id, input: 'and now?' }).catch((e: unknown) => e);
    expect(String((missing as Bad).message)).toMatch(/No tool output found for function call call_/);
  });

  it('honours parallel_tool_calls and tool_choice', async () => {
    const both = '[[oaic:call get_weather {"city":"Oslo"}]] [[oaic:call get_time {}]]';
    const parallel = await client().responses.create({ model: 'gpt-4o', input: both, tools: [weather, time] });
    expect(parallel.output.map((o) => (o.type === 'function_call' ? o.name : o.type))).toEqual(['get_weather', 'get_time']);
    const single = await client().responses.create({ model: 'gpt-4o', input: both, tools: [weather, time], parallel_tool_calls: false });
    expect(single.output).toHaveLength(1);
    const none = await client().responses.create({ model: 'gpt-4o', input: both, tools: [weather, time], tool_choice: 'none' });
    expect(none.output.map((o) => o.type)).toEqual(['message']);
    const required = await client().responses.create({ model: 'gpt-4o', input: 'hi', tools: [weather], tool_choice: 'required' });
    expect(required.output[0]).toMatchObject({ type: 'function_call', name: 'get_weather' });
    const named = await client().responses.create({ model: 'gpt-4o', input: 'hi', tools: [weather, time], tool_choice: { type: 'function', name: 'get_time' } });
    expect(named.output[0]).toMatchObject({ type: 'function_call', name: 'get_time' });
    const bad = await client().responses.create({ model: 'gpt-4o', input: 'hi', tool_choice: 'required' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it('runs file_search through the vector-store search and code_interpreter as a simulation', async () => {
    const fs = await client().responses.create({ model: 'gpt-4o', input: 'capital? [[oaic:search capital of France]]', tools: [{ type: 'file_search', vector_store_ids: ['vs_abc'] }], include: ['file_search_call.results'] });
    expect(fs.output[0]).toMatchObject({ type: 'file_search_call', id: expect.stringMatching(/^fs_/), status: 'completed', queries: ['capital of France'], results: expect.any(Array) });
    // The search result is the tool output the model answers from (the Assistants protocol).
    expect(fs.output_text).toContain('Tool results: No results.');
    const plain = await client().responses.create({ model: 'gpt-4o', input: 'capital? [[oaic:search capital of France]]' });
    expect(plain.output.map((o) => o.type)).toEqual(['message']);
    expect(fs.tools[0]).toEqual({ type: 'file_search', filters: null, max_num_results: 20, ranking_options: { ranker: 'auto', score_threshold: 0 }, vector_store_ids: ['vs_abc'] });
    const ci = await client().responses.create({ model: 'gpt-4o', input: 'compute [[oaic:code 6*7]]', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }], include: ['code_interpreter_call.outputs'] });
    expect(ci.output[0]).toMatchObject({ type: 'code_interpreter_call', id: expect.stringMatching(/^ci_/), code: '6*7', container_id: expect.stringMatching(/^cntr_/), outputs: [{ type: 'logs', logs: '42' }] });
    expect(ci.output[1]?.type).toBe('message');
    expect(ci.output_text).toContain('Tool results: 42.');
  });

  it('rejects malformed tools and input items with the real 400 texts', async () => {
    const noName = await client().responses.create({ model: 'gpt-4o', input: 'x', tools: [{ type: 'function' } as unknown as OpenAI.Responses.FunctionTool] }).catch((e: unknown) => e);
    expect((noName as Bad).error).toMatchObject({ message: "Missing required parameter: 'tools[0].name'.", param: 'tools[0].name', code: 'missing_required_parameter' });
    const badPart = await client()
      .responses.create({ model: 'gpt-4o', input: [{ role: 'user', content: [{ type: 'text', text: 'x' } as unknown as OpenAI.Responses.ResponseInputText] }] })
      .catch((e: unknown) => e);
    expect((badPart as Bad).error).toMatchObject({
      message: "Invalid value: 'text'. Supported values are: 'input_text', 'input_image', 'output_text', 'refusal', 'input_file', 'computer_screenshot', and 'summary_text'.",
      param: 'input[0].content[0].type',
      code: 'invalid_value',
    });
  });
});
