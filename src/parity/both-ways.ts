/**
 * One generated thread both ways: created through the Assistants API and run there; read back
 * through the SDK, backfilled into a conversation by src/convert and answered by a response
 * (with the assistant's converted config). The tool loop is finished on both sides.
 */
import path from 'node:path';
import type OpenAI from 'openai';
import { backfillThread } from '../convert/backfill.ts';
import { convertAssistant } from '../convert/prompt-config.ts';
import type { ThreadSpec } from './thread-spec.ts';

export interface Outcome { text: string | null; status: string; usage: [number, number, number] | null; calls: string[] }

export async function bothWays(client: OpenAI, spec: ThreadSpec, stateDir: string, model = 'gpt-4o-mini'): Promise<{ assistants: Outcome; responses: Outcome }> {
  const tools = spec.tool ? [{ type: 'function' as const, function: { name: spec.tool.name, parameters: { type: 'object', properties: {} } } }] : [];
  const assistant = await client.beta.assistants.create({ model, instructions: spec.instructions, tools });
  const thread = await client.beta.threads.create({ messages: spec.messages.slice(0, 32) });
  for (const m of spec.messages.slice(32)) await client.beta.threads.messages.create(thread.id, m);

  // Responses first: the conversation is the thread before the run adds its reply.
  const conv = await backfillThread(client, { threadId: thread.id, stateFile: path.join(stateDir, `${thread.id}.json`), convert: { includeSteps: false }, pageSize: 7, lookupFilenames: false });
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
