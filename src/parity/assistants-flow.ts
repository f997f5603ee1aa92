/**
 * The Assistants flow of a parity intent: assistant (model, instructions, tools, vector store),
 * thread with the history, the ask, a streamed run, the tool loop driven through
 * submit_tool_outputs, then the run's messages and steps.
 */
import type OpenAI from 'openai';
import type { AssistantTool } from 'openai/resources/beta/assistants';
import type { Run } from 'openai/resources/beta/threads/runs/runs';
import { DEFAULT_MODEL, type ParityIntent } from './intent.ts';
import type { FlowObservation } from './observation.ts';
import type { SharedResources } from './resources.ts';

export function assistantTools(intent: ParityIntent): AssistantTool[] {
  return (intent.tools ?? []).map((t): AssistantTool => (t.type === 'function' ? { type: 'function', function: { name: t.name, ...(t.description ? { description: t.description } : {}), parameters: t.parameters ?? { type: 'object', properties: {} } } } : { type: t.type }));
}

const MAX_ROUNDS = 5;

export async function runAssistantsFlow(client: OpenAI, intent: ParityIntent, res: SharedResources): Promise<FlowObservation> {
  const started = performance.now();
  const events: string[] = [];
  const toolCalls: FlowObservation['toolCalls'] = [];
  const assistant = await client.beta.assistants.create({
    model: intent.model ?? DEFAULT_MODEL,
    instructions: intent.instructions ?? null,
    tools: assistantTools(intent),
    ...(res.vectorStoreId ? { tool_resources: { file_search: { vector_store_ids: [res.vectorStoreId] } } } : {}),
  });
  const history = (intent.history ?? []).map((m) => ({ role: m.role, content: m.text }));
  // threads.create takes at most 32 messages; the rest are added one by one.
  const thread = await client.beta.threads.create({ messages: history.slice(0, 32) });
  for (const m of history.slice(32)) await client.beta.threads.messages.create(thread.id, m);
  await client.beta.threads.messages.create(thread.id, { role: 'user', content: intent.ask });
  let run: Run | null = null;
  let stream = await client.beta.threads.runs.create(thread.id, { assistant_id: assistant.id, stream: true });
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for await (const e of stream) {
      events.push(e.event);
      if (e.event.startsWith('thread.run.') && !e.event.startsWith('thread.run.step')) run = e.data as Run;
    }
    if (run?.status !== 'requires_action' || !run.required_action) break;
    const calls = run.required_action.submit_tool_outputs.tool_calls;
    toolCalls.push(...calls.map((c) => ({ name: c.function.name, arguments: c.function.arguments })));
    const outputs = calls.map((c) => ({ tool_call_id: c.id, output: functionOutput(intent, c.function.name) }));
    stream = await client.beta.threads.runs.submitToolOutputs(run.id, { thread_id: thread.id, tool_outputs: outputs, stream: true });
  }
  const runId = run?.id;
  const messages = runId ? (await client.beta.threads.messages.list(thread.id, { order: 'asc', run_id: runId })).data : [];
  const steps = runId ? (await client.beta.threads.runs.steps.list(runId, { thread_id: thread.id, order: 'asc' })).data : [];
  const texts = messages.filter((m) => m.role === 'assistant').flatMap((m) => m.content.flatMap((p) => (p.type === 'text' ? [p.text] : p.type === 'refusal' ? [{ value: p.refusal, annotations: [] }] : [])));
  return {
    side: 'assistants',
    finalText: texts.length ? texts.map((t) => t.value).join('\n') : null,
    toolCalls,
    hostedCalls: steps.flatMap((s) => (s.step_details.type === 'tool_calls' ? s.step_details.tool_calls.filter((c) => c.type !== 'function').map((c) => c.type) : [])),
    citations: texts.flatMap((t) => t.annotations.map((a) => ({ type: a.type, fileId: a.type === 'file_citation' ? a.file_citation.file_id : a.file_path.file_id }))),
    finalStatus: run?.status ?? 'none',
    usage: run?.usage ? { input: run.usage.prompt_tokens, output: run.usage.completion_tokens, total: run.usage.total_tokens } : null,
    events,
    latencyMs: Math.round(performance.now() - started),
    objects: { assistant: assistant.id, thread: thread.id, ...(runId ? { run: runId } : {}) },
    error: run?.last_error ? `${run.last_error.code}: ${run.last_error.message}` : null,
  };
}

export function functionOutput(intent: ParityIntent, name: string): string {
  const t = intent.tools?.find((x) => x.type === 'function' && x.name === name);
  return t?.type === 'function' ? t.output : JSON.stringify({ error: `no tool ${name}` });
}
