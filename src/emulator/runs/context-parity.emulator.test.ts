/**
 * The ModelContext rule shared by both APIs: a thread run and the equivalent Responses call see
 * the same context, so the emulator's model gives them the same reply (migration parity).
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('Assistants and Responses see the same context', () => {
  let emu: EmulatorHandle;
  let c: OpenAI;
  beforeAll(async () => {
    emu = await startEmulator();
    c = new OpenAI({ apiKey: 'parity', baseURL: emu.baseURL, maxRetries: 0 });
  });
  afterAll(() => emu.close());
  const text = (m: OpenAI.Beta.Threads.Message | undefined) => (m?.content[0]?.type === 'text' ? m.content[0].text.value : null);

  it('instructions + additional_instructions, history, image parts; attachments left out', async () => {
    const a = await c.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Be brief.' });
    const t = await c.beta.threads.create({
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } }] },
        { role: 'assistant', content: 'A cat.' },
        { role: 'user', content: 'And its name?' },
      ],
    });
    await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id, additional_instructions: 'Answer in French.' }, { pollIntervalMs: 0 });
    const reply = text((await c.beta.threads.messages.list(t.id)).data[0]);
    const r = await c.responses.create({
      model: 'gpt-4o-mini',
      instructions: 'Be brief.\nAnswer in French.',
      input: [
        { role: 'user', content: [{ type: 'input_text', text: 'What is this?' }, { type: 'input_image', image_url: 'https://example.com/cat.png', detail: 'auto' }] },
        { role: 'assistant', content: 'A cat.' },
        { role: 'user', content: 'And its name?' },
      ],
    });
    expect(reply).toMatch(/\[ctx [0-9a-f]{8}\]$/);
    expect(r.output_text).toBe(reply);
  });

  it('function calls and their outputs', async () => {
    const tool = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } };
    const a = await c.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Use tools.', tools: [tool] });
    const ask = 'Weather? [[oaic:call get_weather {"city":"Paris"}]]';
    const t = await c.beta.threads.create({ messages: [{ role: 'user', content: ask }] });
    const run = await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, { pollIntervalMs: 0 });
    const call = run.required_action!.submit_tool_outputs.tool_calls[0]!;
    await c.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: t.id, tool_outputs: [{ tool_call_id: call.id, output: '22C' }] }, { pollIntervalMs: 0 });
    const reply = text((await c.beta.threads.messages.list(t.id)).data[0]);
    const first = await c.responses.create({ model: 'gpt-4o-mini', instructions: 'Use tools.', tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: {} }, strict: false }], input: ask });
    const fc = first.output.find((o) => o.type === 'function_call');
    if (fc?.type !== 'function_call') throw new Error('expected a function call');
    expect(fc.arguments).toBe(call.function.arguments);
    const second = await c.responses.create({ model: 'gpt-4o-mini', instructions: 'Use tools.', tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: {} }, strict: false }], input: [{ role: 'user', content: ask }, fc, { type: 'function_call_output', call_id: fc.call_id, output: '22C' }] });
    expect(second.output_text).toBe(reply);
  });
});
