/**
 * The ONE list of allowances for real-service behaviour that departs from the spec. A check that
 * meets one of these downgrades its finding to severity `info` (never silently drops it) and names
 * the quirk, so reports still show it. Each entry is documented in docs/discoveries/<doc>.md with
 * the recordings it was observed in; relax a rule only for the observed behaviour.
 */
import type { Violation } from './violation.ts';

export interface Quirk {
  id: string;
  /** The rule codes it relaxes. */
  rules: readonly string[];
  /** What the service does, in one sentence. */
  behaviour: string;
  /** docs/discoveries/<doc>.md */
  doc: string;
  /** For field-level quirks: the `<SpecComponent>.<field>` pairs it covers, and nothing else. */
  fields?: readonly string[];
}

export const QUIRKS = {
  'assistants-v1-objects': {
    id: 'assistants-v1-objects',
    rules: ['SHAPE_MISSING_FIELD', 'SHAPE_WRONG_TYPE', 'SHAPE_BAD_ENUM'],
    behaviour: 'Assistants v1 (OpenAI-Beta: assistants=v1) objects carry `file_ids` and lack v2 fields (attachments, tool_resources, status on messages); they are validated against v2 shapes only as information.',
    doc: 'assistants-v1-objects',
  },
  'v1-completed-run-incomplete-details': {
    id: 'v1-completed-run-incomplete-details',
    rules: ['RUN_INCOMPLETE_DETAILS_MISPLACED'],
    behaviour: 'Assistants v1 runs cut by max_completion_tokens ended `completed` while carrying incomplete_details (later the service reports `incomplete`).',
    doc: 'assistants-v1-objects',
  },
  'run-step-expires-at': {
    id: 'run-step-expires-at',
    rules: ['SHAPE_MISSING_FIELD'],
    behaviour: 'Run steps carry `expires_at`, not the `expired_at` the spec requires (the spec\'s own examples do the same).',
    doc: 'run-step-expires-at',
  },
  'responses-stream-without-sequence-number': {
    id: 'responses-stream-without-sequence-number',
    rules: ['RESP_SEQUENCE_MISSING', 'SHAPE_MISSING_FIELD'],
    behaviour: 'Responses streams recorded before sequence_number existed (early 2025) carry none on any event; a stream with it on some events and not others is still an error.',
    doc: 'responses-sequence-number',
  },
  'run-completed-event-incomplete-status': {
    id: 'run-completed-event-incomplete-status',
    rules: ['RUN_EVENT_STATUS_MISMATCH'],
    behaviour: 'In April 2024 the service streamed `thread.run.completed` carrying a run whose status is `incomplete` (max_prompt_tokens); relaxed for exactly that event/status pair.',
    doc: 'assistants-v1-objects',
  },
  'spec-non-nullable-sent-null': {
    id: 'spec-non-nullable-sent-null',
    rules: ['SHAPE_WRONG_TYPE'],
    behaviour: 'The service sends null for fields the spec types as non-nullable.',
    doc: 'spec-vs-service-fields',
    fields: ['Response.user', 'Response.usage', 'OpenAIFile.expires_at', 'OpenAIFile.status_details', 'VectorStoreObject.expires_after', 'VectorStoreObject.name'],
  },
  'spec-required-absent': {
    id: 'spec-required-absent',
    rules: ['SHAPE_MISSING_FIELD'],
    behaviour: 'Real objects omit fields the spec marks required: always (run step metadata) or in traffic older than the field (message status, thread tool_resources, text-event logprobs, …).',
    doc: 'spec-vs-service-fields',
    fields: [
      'RunStepObject.metadata', 'MessageObject.status', 'MessageObject.completed_at', 'MessageObject.incomplete_at', 'MessageObject.incomplete_details',
      'ThreadObject.tool_resources', 'RunObject.parallel_tool_calls', 'VectorStoreFileObject.usage_bytes', 'ResponseFunctionCallArgumentsDoneEvent.name',
      'ResponseTextDeltaEvent.logprobs', 'ResponseTextDoneEvent.logprobs', 'WebSearchToolCall.action',
    ],
  },
  'mcp-list-tools-without-item-done': {
    id: 'mcp-list-tools-without-item-done',
    rules: ['RESP_SCOPE_NOT_CLOSED'],
    behaviour: 'With several mcp_list_tools items in parallel, the service sends output_item.done for the last one only; the others close with response.completed (after their mcp_list_tools.completed).',
    doc: 'responses-stream-order',
  },
  'file-batch-object-name': {
    id: 'file-batch-object-name',
    rules: ['SHAPE_BAD_ENUM'],
    behaviour: 'The spec spells the file batch `object` as `vector_store.files_batch`; the service sends `vector_store.file_batch`.',
    doc: 'spec-vs-service-fields',
    fields: ['VectorStoreFileBatchObject.object'],
  },
} as const satisfies Record<string, Quirk>;

export type QuirkId = keyof typeof QUIRKS;
export const QUIRK_LIST: readonly Quirk[] = Object.values(QUIRKS);

/** The violation as information, naming the quirk that explains it. */
export function asQuirk<V extends Violation>(v: V, id: QuirkId): V {
  const q: Quirk = QUIRKS[id];
  return { ...v, severity: 'info', message: `${v.message} (known service quirk "${q.id}", docs/discoveries/${q.doc}.md)` };
}

/** The field-level quirk covering `rule` on `<spec>.<field>`, if any. */
export function fieldQuirk(rule: string, spec: string, field: string): QuirkId | undefined {
  const key = `${spec}.${field}`;
  return (Object.keys(QUIRKS) as QuirkId[]).find((id) => {
    const q: Quirk = QUIRKS[id];
    return q.fields?.includes(key) === true && q.rules.includes(rule);
  });
}
