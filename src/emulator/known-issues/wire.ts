/** Wire objects the known-issue faults answer with (shapes of the spec's RunObject, VectorStoreFileBatchObject, …). */
import type { EmuRequest } from '../http.ts';
import { bodyObject } from '../http.ts';

export function runObject(req: EmuRequest, runId: string, status: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const b = bodyObject(req);
  const now = req.ns.clock.now();
  return {
    id: runId,
    object: 'thread.run',
    created_at: now,
    assistant_id: typeof b['assistant_id'] === 'string' ? b['assistant_id'] : 'asst_oaic',
    thread_id: req.params['thread_id'] ?? 'thread_oaic',
    status,
    started_at: status === 'queued' ? null : now,
    expires_at: now + 600,
    cancelled_at: null,
    failed_at: null,
    completed_at: status === 'completed' ? now : null,
    // Fields the spec ties to a status (the run-state-machine check's presence table).
    required_action: null,
    last_error: null,
    model: typeof b['model'] === 'string' ? b['model'] : 'gpt-4o',
    instructions: '',
    tools: [],
    tool_resources: {},
    metadata: {},
    incomplete_details: null,
    usage: status === 'completed' || status === 'incomplete' ? { prompt_tokens: 12, completion_tokens: 6, total_tokens: 18 } : null,
    temperature: 1,
    top_p: 1,
    max_prompt_tokens: null,
    max_completion_tokens: null,
    truncation_strategy: { type: 'auto', last_messages: null },
    response_format: 'auto',
    tool_choice: 'auto',
    parallel_tool_calls: true,
    ...extra,
  };
}

const counts = (status: string, total = 1) => ({ in_progress: status === 'in_progress' ? total : 0, completed: status === 'completed' ? total : 0, failed: 0, cancelled: 0, total });

export function batchObject(req: EmuRequest, id: string, vectorStoreId: string, status: string): Record<string, unknown> {
  return { id, object: 'vector_store.file_batch', created_at: req.ns.clock.now(), vector_store_id: vectorStoreId, status, file_counts: counts(status) };
}

export function vectorStoreFileObject(req: EmuRequest, id: string, vectorStoreId: string, status: string): Record<string, unknown> {
  return { id, object: 'vector_store.file', usage_bytes: 0, created_at: req.ns.clock.now(), vector_store_id: vectorStoreId, status, last_error: null, chunking_strategy: { type: 'static', static: { max_chunk_size_tokens: 800, chunk_overlap_tokens: 400 } }, attributes: {} };
}

/** A spec-shaped Responses text stream: one assistant message with one output_text part. */
export function responseTextStream(req: EmuRequest, text = 'The quokka smiles.'): { event: string; data: string }[] {
  const b = bodyObject(req);
  const id = req.ns.ids.next('resp_');
  const msgId = req.ns.ids.next('msg_');
  const now = req.ns.clock.now();
  const response = (status: string, output: unknown[]) => ({
    id, object: 'response', created_at: now, status, background: false, error: null, incomplete_details: null, instructions: null, max_output_tokens: null,
    model: typeof b['model'] === 'string' ? b['model'] : 'gpt-4o', output, parallel_tool_calls: true, previous_response_id: null, reasoning: { effort: null, summary: null },
    store: true, temperature: 1, text: { format: { type: 'text' } }, tool_choice: 'auto', tools: [], top_p: 1, truncation: 'disabled',
    usage: status === 'completed' ? { input_tokens: 5, input_tokens_details: { cached_tokens: 0 }, output_tokens: 4, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 9 } : null, metadata: {},
  });
  const part = { type: 'output_text', text, annotations: [], logprobs: [] };
  const done = { id: msgId, type: 'message', status: 'completed', role: 'assistant', content: [part] };
  const events: [string, Record<string, unknown>][] = [
    ['response.created', { response: response('in_progress', []) }],
    ['response.in_progress', { response: response('in_progress', []) }],
    ['response.output_item.added', { output_index: 0, item: { ...done, status: 'in_progress', content: [] } }],
    ['response.content_part.added', { item_id: msgId, output_index: 0, content_index: 0, part: { ...part, text: '' } }],
    ['response.output_text.delta', { item_id: msgId, output_index: 0, content_index: 0, delta: text, logprobs: [] }],
    ['response.output_text.done', { item_id: msgId, output_index: 0, content_index: 0, text, logprobs: [] }],
    ['response.content_part.done', { item_id: msgId, output_index: 0, content_index: 0, part }],
    ['response.output_item.done', { output_index: 0, item: done }],
    ['response.completed', { response: response('completed', [done]) }],
  ];
  return events.map(([type, rest], sequence_number) => ({ event: type, data: JSON.stringify({ type, sequence_number, ...rest }) }));
}
