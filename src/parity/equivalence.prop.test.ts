/**
 * Property: equivalent output under both APIs. For a generated thread, a run on the thread
 * (Assistants) and a response on the converted conversation (Responses, the thread read back
 * through the SDK and backfilled by src/convert) against the emulator give the same final text,
 * tool calls, status (through the status map) and token usage: the same context went in.
 * 25 batches of 8 threads run concurrently against one emulator: 200 threads end to end.
 * A failure prints fast-check's seed and path.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillThread } from '../convert/backfill.ts';
import { convertAssistant } from '../convert/prompt-config.ts';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { RUN_TO_RESPONSE_STATUS } from './status-map.ts';
import { threadSpecArb, type ThreadSpec } from './thread-spec.ts';

let emu: EmulatorHandle;
let client: OpenAI;
const dir = mkdtempSync(path.join(tmpdir(), 'oaic-equivalence-'));
let n = 0;
let images: string[] = [];
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  emu = await startEmulator();
  client = new OpenAI({ apiKey: 'equivalence', baseURL: emu.baseURL, maxRetries: 0 });
  images = await Promise.all([0, 1, 2].map(async (i) => (await client.files.create({ file: await toFile(PNG, `image-${i}.png`), purpose: 'vision' })).id));
});
afterAll(() => emu.close());

interface Outcome { text: string | null; status: string; usage: [number, number, number] | null; calls: string[] }

async function bothWays(spec: ThreadSpec): Promise<{ assistants: Outcome; responses: Outcome }> {
  const tools = spec.tool ? [{ type: 'function' as const, function: { name: spec.tool.name, parameters: { type: 'object', properties: {} } } }] : [];
  const assistant = await client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: spec.instructions, tools });
  const thread = await client.beta.threads.create({ messages: spec.messages.slice(0, 32) });
  for (const m of spec.messages.slice(32)) await client.beta.threads.messages.create(thread.id, m);

  // Responses first: the conversation is the thread before the run adds its reply.
  const conv = await backfillThread(client, { threadId: thread.id, stateFile: path.join(dir, `${++n}.json`), convert: { includeSteps: false }, pageSize: 7, lookupFilenames: false });
  const { config } = convertAssistant(assistant);
  let response = await client.responses.create({ ...config, conversation: conv.conversationId });
  const responseCalls = response.output.flatMap((o) => (o.type === 'function_call' ? [o] : []));
  let responseUsage = response.usage ? [response.usage.input_tokens, response.usage.output_tokens, response.usage.total_tokens] : null;
  if (responseCalls.length && spec.tool) {
    // The tool loop, driven explicitly: the outputs go in as function_call_output items.
    response = await client.responses.create({ ...config, conversation: conv.conversationId, input: responseCalls.map((c) => ({ type: 'function_call_output' as const, call_id: c.call_id, output: spec.tool!.output })) });
    responseUsage = responseUsage && response.usage ? [responseUsage[0]! + response.usage.input_tokens, responseUsage[1]! + response.usage.output_tokens, responseUsage[2]! + response.usage.total_tokens] : null;
  }
  const text = (r: typeof response) => r.output.flatMap((o) => (o.type === 'message' ? o.content.map((p) => (p.type === 'output_text' ? p.text : p.refusal)) : [])).join('\n') || null;

  let run = await client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 1 });
  const runCalls = run.required_action?.submit_tool_outputs.tool_calls ?? [];
  if (run.status === 'requires_action' && spec.tool) {
    run = await client.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: thread.id, tool_outputs: runCalls.map((c) => ({ tool_call_id: c.id, output: spec.tool!.output })) }, { pollIntervalMs: 1 });
  }
  const msgs = await client.beta.threads.messages.list(thread.id, { run_id: run.id, order: 'asc' });
  const runText = msgs.data.flatMap((m) => m.content.map((p) => (p.type === 'text' ? p.text.value : p.type === 'refusal' ? p.refusal : ''))).join('\n') || null;
  return {
    assistants: { text: runText, status: run.status, usage: run.usage ? [run.usage.prompt_tokens, run.usage.completion_tokens, run.usage.total_tokens] : null, calls: runCalls.map((c) => c.function.name + c.function.arguments) },
    responses: { text: text(response), status: response.status ?? 'none', usage: responseUsage as Outcome['usage'], calls: responseCalls.map((c) => c.name + c.arguments) },
  };
}

describe('equivalent output under both APIs (emulator)', () => {
  it('a run on a thread and a response on its converted conversation give the same output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(threadSpecArb(images), { minLength: 8, maxLength: 8 }), async (specs) => {
        const outcomes = await Promise.all(specs.map(bothWays));
        for (const { assistants, responses } of outcomes) {
          expect(responses.text).toBe(assistants.text);
          expect(responses.calls).toEqual(assistants.calls);
          expect(responses.usage).toEqual(assistants.usage);
          expect(responses.status).toBe(RUN_TO_RESPONSE_STATUS[assistants.status]?.status);
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
