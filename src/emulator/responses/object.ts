/**
 * The Response wire object, in the field order and with the defaults of the real service's
 * current responses (see docs/discoveries/responses-streams.md). `output_text` is an SDK
 * convenience and is never sent. `conversation` appears only when the response used one;
 * `model` is the dated snapshot (snapshots.ts).
 */
import type { Item, Json } from '../conversations/items.ts';
import type { CreateParams } from './params.ts';
import { snapshotOf } from './snapshots.ts';

export type ResponseStatus = 'queued' | 'in_progress' | 'completed' | 'incomplete' | 'failed' | 'cancelled';

export interface ResponseState {
  id: string;
  createdAt: number;
  completedAt: number | null;
  status: ResponseStatus;
  output: Item[];
  error: { code: string; message: string } | null;
  incompleteDetails: { reason: string } | null;
  usage: Json | null;
}

export function responseObject(p: CreateParams, s: ResponseState): Json {
  const body: Json = {
    id: s.id,
    object: 'response',
    created_at: s.createdAt,
    status: s.status,
    background: p.background,
    billing: { payer: 'developer' },
    completed_at: s.completedAt,
  };
  if (p.conversationId !== null) body['conversation'] = { id: p.conversationId };
  Object.assign(body, {
    error: s.error,
    frequency_penalty: 0,
    incomplete_details: s.incompleteDetails,
    instructions: p.instructions,
    max_output_tokens: p.maxOutputTokens,
    max_tool_calls: p.maxToolCalls,
    model: snapshotOf(p.model),
    // Moderation results are not emulated (LIMITATIONS.md): the service's `null` when none ran.
    moderation: null,
    output: s.output,
    parallel_tool_calls: p.parallelToolCalls,
    presence_penalty: 0,
    previous_response_id: p.previousResponseId,
    prompt_cache_key: p.promptCacheKey,
    prompt_cache_retention: null,
    reasoning: p.reasoning,
    safety_identifier: p.safetyIdentifier,
    // `auto` is reported as the tier that served the response once it is done (corpus).
    service_tier: p.serviceTier === 'auto' && s.status !== 'queued' && s.status !== 'in_progress' ? 'default' : p.serviceTier,
    store: p.store,
    temperature: p.temperature,
    text: p.text,
    tool_choice: p.toolChoice,
    tools: p.tools,
    top_logprobs: p.topLogprobs,
    top_p: p.topP,
    truncation: p.truncation,
    usage: s.usage,
    user: p.user,
    metadata: p.metadata,
  });
  return body;
}

/** Deep copy, so snapshots in stream events never change when the stored response does. */
export const snapshot = <T>(v: T): T => structuredClone(v);
