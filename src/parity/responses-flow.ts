/**
 * The Responses flow of a parity intent: the assistant's configuration converted into response
 * parameters (the stored prompt/config), a conversation holding the converted history (batches
 * of ≤ 20), the ask as input, streamed responses, and the tool loop driven explicitly with
 * function_call_output items.
 */
import type OpenAI from 'openai';
import type { Response, ResponseInputItem } from 'openai/resources/responses/responses';
import { batches } from '../convert/batch.ts';
import { convertThreadExport } from '../convert/convert-thread.ts';
import { convertAssistant } from '../convert/prompt-config.ts';
import type { Message } from '../convert/wire-assistants.ts';
import { asInputItem } from '../convert/wire-conversations.ts';
import { assistantTools, functionOutput } from './assistants-flow.ts';
import { DEFAULT_MODEL, type ParityIntent } from './intent.ts';
import type { FlowObservation } from './observation.ts';
import type { SharedResources } from './resources.ts';

const MAX_ROUNDS = 5;

export function historyMessages(intent: ParityIntent): Message[] {
  return (intent.history ?? []).map((h, i) => ({
    id: `msg_history_${String(i).padStart(4, '0')}`, object: 'thread.message', created_at: i, thread_id: 'thread_history', role: h.role,
    content: [{ type: 'text', text: { value: h.text, annotations: [] } }], assistant_id: null, run_id: null, attachments: [], metadata: {},
    status: 'completed', completed_at: i, incomplete_at: null, incomplete_details: null,
  }));
}

export async function runResponsesFlow(client: OpenAI, intent: ParityIntent, res: SharedResources): Promise<FlowObservation> {
  const started = performance.now();
  const { config } = convertAssistant({
    model: intent.model ?? DEFAULT_MODEL,
    instructions: intent.instructions ?? null,
    tools: assistantTools(intent),
    tool_resources: res.vectorStoreId ? { file_search: { vector_store_ids: [res.vectorStoreId] } } : null,
  });
  const items = convertThreadExport({ messages: historyMessages(intent) }).items;
  const [first = [], ...rest] = batches(items);
  const conversation = await client.conversations.create({ items: first.map(asInputItem) });
  for (const b of rest) await client.conversations.items.create(conversation.id, { items: b.map(asInputItem) });

  const events: string[] = [];
  const toolCalls: FlowObservation['toolCalls'] = [];
  const responses: Response[] = [];
  let input: ResponseInputItem[] = [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: intent.ask }] }];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let final: Response | null = null;
    const stream = await client.responses.create({ ...config, conversation: conversation.id, input, stream: true });
    for await (const e of stream) {
      events.push(e.type);
      if (e.type === 'response.completed' || e.type === 'response.incomplete' || e.type === 'response.failed') final = e.response;
    }
    if (!final) break;
    responses.push(final);
    const calls = final.output.filter((o) => o.type === 'function_call');
    if (!calls.length) break;
    toolCalls.push(...calls.map((c) => ({ name: c.name, arguments: c.arguments })));
    input = calls.map((c) => ({ type: 'function_call_output', call_id: c.call_id, output: functionOutput(intent, c.name) }));
  }
  const last = responses.at(-1);
  const texts = (last?.output ?? []).flatMap((o) => (o.type === 'message' ? o.content : [])).map((p) => (p.type === 'output_text' ? { value: p.text, annotations: p.annotations } : { value: p.refusal, annotations: [] }));
  const usage = responses.every((r) => r.usage) && responses.length ? responses.reduce((u, r) => ({ input: u.input + r.usage!.input_tokens, output: u.output + r.usage!.output_tokens, total: u.total + r.usage!.total_tokens }), { input: 0, output: 0, total: 0 }) : null;
  return {
    side: 'responses',
    finalText: texts.length ? texts.map((t) => t.value).join('\n') : null,
    toolCalls,
    hostedCalls: responses.flatMap((r) => r.output.filter((o) => o.type === 'code_interpreter_call' || o.type === 'file_search_call').map((o) => (o.type === 'code_interpreter_call' ? 'code_interpreter' : 'file_search'))),
    citations: texts.flatMap((t) => t.annotations.flatMap((a) => (a.type === 'file_citation' || a.type === 'file_path' ? [{ type: a.type, fileId: a.file_id }] : []))),
    finalStatus: last?.status ?? 'none',
    usage,
    events,
    latencyMs: Math.round(performance.now() - started),
    objects: { conversation: conversation.id, ...(last ? { response: last.id } : {}) },
    error: last?.error ? `${last.error.code}: ${last.error.message}` : null,
  };
}
