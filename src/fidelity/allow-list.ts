/**
 * THE allow-list of the fidelity comparison (shape-compare.emulator.test.ts): every difference
 * between the real service's traffic (../shared/corpus) and the emulator's that the test accepts,
 * each with its reason. Nothing else is tolerated, and an entry that no longer matches anything
 * fails the test (remove it when the emulator catches up).
 *
 * Categories:
 * - `not-emulated`: a feature src/emulator/LIMITATIONS.md documents as not emulated.
 * - `after-spec`: sent by the real service, absent from ../shared/openapi/openapi.yaml.
 * - `older-service`: only in older real traffic; the emulator models the current service.
 * - `corpus-gap`: the corpus has too few samples to show the real alternative.
 * - `reported-deviation`: a real emulator gap, written down in docs/discoveries/emulator-fidelity.md
 *   for the emulator's owner; it stays here only until fixed.
 */
import type { OrderRename } from './stream-orders.ts';

export type AllowCategory = 'not-emulated' | 'after-spec' | 'older-service' | 'corpus-gap' | 'reported-deviation';

export interface AllowEntry {
  /** Kind key (`object:response`, `item:message`, `event:response.mcp_call.completed`); a trailing `*` matches a prefix. */
  kind: string;
  what: 'kind-missing' | 'missing' | 'mismatch' | 'error-text' | 'responses-order';
  /** Field path (and everything under it), for `missing` and `mismatch`; for `error-text`, how the real message template starts; for `responses-order`, the feature (responses-orders.ts unsupportedFeatures). */
  path?: string;
  category: AllowCategory;
  reason: string;
}

const NOT_EMULATED_TOOLS = 'LIMITATIONS.md (Responses): computer use and POST /responses/compact (compaction items) are not emulated';
const SIMULATED_TOOLS = 'LIMITATIONS.md (Responses): web_search and mcp are deterministic simulations; the echoed tool definitions and the real stream orders of these tools (several calls, interleaved items) are not reproduced';
const NOT_EMULATED_USAGE = 'LIMITATIONS.md (Files and vector stores): organisation usage endpoints are not emulated';
const NOT_EMULATED_MODERATION = 'LIMITATIONS.md (Responses): moderation is not emulated; Response.moderation is always null and no moderation_result items are produced';
const CI_LOGS_ONLY = 'LIMITATIONS.md (Responses): code_interpreter is the runs\' Python simulation and Responses items carry its logs only (no images, no container files)';

export const ALLOW_LIST: readonly AllowEntry[] = [
  { kind: 'item:compaction', what: 'kind-missing', category: 'not-emulated', reason: NOT_EMULATED_TOOLS },
  { kind: 'object:response.compaction', what: 'kind-missing', category: 'not-emulated', reason: NOT_EMULATED_TOOLS },
  { kind: 'object:response', what: 'missing', path: 'tools[]<web_search>', category: 'not-emulated', reason: SIMULATED_TOOLS },
  { kind: 'object:response', what: 'missing', path: 'tools[]<mcp>', category: 'not-emulated', reason: SIMULATED_TOOLS },
  { kind: 'item:message', what: 'missing', path: 'content[]<output_text>.annotations[]<container_file_citation>', category: 'not-emulated', reason: CI_LOGS_ONLY },
  { kind: 'event:response.content_part.done', what: 'missing', path: 'part<output_text>.annotations[]<container_file_citation>', category: 'not-emulated', reason: CI_LOGS_ONLY },
  { kind: 'event:response.output_text.annotation.added', what: 'missing', path: 'annotation<container_file_citation>', category: 'not-emulated', reason: CI_LOGS_ONLY },
  { kind: 'item:code_interpreter_call', what: 'missing', path: 'outputs[]<image>', category: 'not-emulated', reason: CI_LOGS_ONLY },
  { kind: 'object:bucket', what: 'kind-missing', category: 'not-emulated', reason: NOT_EMULATED_USAGE },
  { kind: 'object:page', what: 'kind-missing', category: 'not-emulated', reason: NOT_EMULATED_USAGE },
  { kind: 'object:organization.usage.vector_stores.result', what: 'kind-missing', category: 'not-emulated', reason: NOT_EMULATED_USAGE },

  { kind: 'object:response', what: 'missing', path: 'tool_usage', category: 'after-spec', reason: 'Response.tool_usage (image_gen / web_search counters) is in 2026 real traffic, not in the spec' },
  { kind: 'item:file_search_call', what: 'missing', path: 'results[].vector_store_id', category: 'after-spec', reason: 'FileSearchToolCall results in the spec have attributes, file_id, filename, score, text; the service adds vector_store_id' },

  { kind: 'object:response', what: 'missing', path: 'reasoning.generate_summary', category: 'older-service', reason: 'deprecated in the spec (use summary); only early-2025 real responses echo it' },

  { kind: 'object:vector_store', what: 'mismatch', path: 'expires_after', category: 'corpus-gap', reason: 'no real store in the corpus has an expiry, so real traffic only shows null; the spec types it as ExpiresAfter (an object) and the emulator sends the object when one is set (docs/discoveries/spec-vs-service-fields.md: null when unset)' },

  { kind: 'item:message', what: 'missing', path: 'phase', category: 'reported-deviation', reason: 'OutputMessage.phase (spec: commentary | final_answer; real gpt-5.x traffic sends it); never emitted — emu-responses' },
  { kind: 'item:moderation_result', what: 'kind-missing', category: 'not-emulated', reason: NOT_EMULATED_MODERATION },
  { kind: 'object:response', what: 'missing', path: 'moderation.input', category: 'not-emulated', reason: NOT_EMULATED_MODERATION },
  { kind: 'object:response', what: 'missing', path: 'moderation.output', category: 'not-emulated', reason: NOT_EMULATED_MODERATION },


  { kind: 'stream:responses', what: 'responses-order', path: 'item:web_search_call', category: 'not-emulated', reason: SIMULATED_TOOLS },
  { kind: 'stream:responses', what: 'responses-order', path: 'item:mcp_list_tools', category: 'not-emulated', reason: SIMULATED_TOOLS },
  { kind: 'stream:responses', what: 'responses-order', path: 'item:mcp_call', category: 'not-emulated', reason: SIMULATED_TOOLS },
  { kind: 'stream:responses', what: 'responses-order', path: 'item:compaction', category: 'not-emulated', reason: NOT_EMULATED_TOOLS },
  { kind: 'stream:responses', what: 'responses-order', path: 'summary-parts>1', category: 'not-emulated', reason: 'LIMITATIONS.md (Responses): reasoning items have a deterministic one-part summary' },
  { kind: 'stream:responses', what: 'responses-order', path: 'tool-calls>1', category: 'not-emulated', reason: 'LIMITATIONS.md: the model uses a built-in tool once per directive and never more than one tool round per user message' },
  { kind: 'stream:responses', what: 'responses-order', path: 'annotations-without-file-search', category: 'not-emulated', reason: `url_citation / container_file_citation annotations; ${CI_LOGS_ONLY}` },
  { kind: 'stream:responses', what: 'responses-order', path: 'annotation-mid-text', category: 'not-emulated', reason: 'LIMITATIONS.md (Responses): file_citation annotations are placed at the end of the text, so response.output_text.annotation.added never comes between text deltas' },
  { kind: 'stream:responses', what: 'responses-order', path: 'items-after-message', category: 'reported-deviation', reason: 'real gpt-5.x streams can write a message (phase commentary) before a function call, or a compaction item after the message; the emulator always ends with the message or the calls — emu-responses' },
];

/** Event names rewritten before stream orders are compared, each with its reason. */
export const ORDER_RENAMES: readonly (OrderRename & { category: AllowCategory; reason: string })[] = [
  { event: 'thread.run.completed', status: 'incomplete', as: 'thread.run.incomplete', category: 'older-service', reason: 'the 2024 service ended incomplete runs with an event named thread.run.completed (status incomplete); LIMITATIONS.md: not reproduced, the emulator sends thread.run.incomplete' },
  { event: 'thread.run.completed', status: 'completed', incompleteDetails: true, as: 'thread.run.incomplete', category: 'older-service', reason: 'an April 2024 v1 run cut by max_completion_tokens ended thread.run.completed with status completed and incomplete_details set (docs/discoveries/assistants-v1-objects.md); v1 is not emulated, the emulator ends such runs incomplete' },
];

const kindMatches = (pattern: string, kind: string) => (pattern.endsWith('*') ? kind.startsWith(pattern.slice(0, -1)) : kind === pattern);
const pathMatches = (pattern: string | undefined, path: string) => pattern === undefined || path === pattern || path.startsWith(`${pattern}.`) || path.startsWith(`${pattern}[`) || path.startsWith(`${pattern}<`);

export function allowed(kind: string, what: AllowEntry['what'], path?: string): AllowEntry | undefined {
  const matches = (e: AllowEntry) => (what === 'error-text' ? path !== undefined && e.path !== undefined && path.startsWith(e.path) : path === undefined || pathMatches(e.path, path));
  return ALLOW_LIST.find((e) => e.what === what && kindMatches(e.kind, kind) && matches(e));
}
