/**
 * `POST /responses` body → validated parameters, with the service's 400 texts. Sampling
 * parameters on reasoning models are rejected as the service does ("Unsupported parameter:
 * 'temperature' is not supported with this model.", param `temperature`, code
 * `unsupported_parameter`).
 */
import { badRequest, missingParam } from '../errors.ts';
import { emitsReasoningText, isReasoningModel } from '../models/reasoning.ts';
import { invalidValue, typeName, type Json } from '../conversations/items.ts';
import { normalizeTools } from './tools.ts';
import { reasoningEcho, type ReasoningEcho } from './reasoning-echo.ts';

export interface CreateParams {
  model: string;
  input: unknown;
  instructions: string | null;
  previousResponseId: string | null;
  conversationId: string | null;
  store: boolean;
  stream: boolean;
  background: boolean;
  tools: Json[];
  toolChoice: unknown;
  parallelToolCalls: boolean;
  maxOutputTokens: number | null;
  temperature: number;
  topP: number;
  text: Json;
  /** The echo: `{context, effort, mode, summary}` on reasoning models, `{context: null, effort: null, summary: null}` otherwise (reasoning-echo.ts). */
  reasoning: ReasoningEcho;
  include: string[];
  metadata: Record<string, string>;
  user: string | null;
  /** Echoed as sent. */
  truncation: string;
  serviceTier: string;
  promptCacheKey: string | null;
  safetyIdentifier: string | null;
  maxToolCalls: number | null;
  topLogprobs: number;
  /** `stream_options.include_obfuscation` (default true). */
  obfuscation: boolean;
}

const wrongType = (param: string, expected: string, got: unknown) =>
  badRequest(`Invalid type for '${param}': expected ${expected}, but got ${typeName(got)} instead.`, param, 'invalid_type');

const optString = (b: Json, k: string): string | null => {
  const v = b[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw wrongType(k, 'a string', v);
  return v;
};

const optBool = (b: Json, k: string, dflt: boolean): boolean => {
  const v = b[k];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'boolean') throw wrongType(k, 'a boolean', v);
  return v;
};

function range(b: Json, k: string, min: number, max: number, integer: boolean): number | null {
  const v = b[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || (integer && !Number.isInteger(v))) throw wrongType(k, integer ? 'an integer' : 'a decimal', v);
  const kind = integer ? 'integer' : 'decimal';
  if (v < min) throw badRequest(`Invalid '${k}': ${kind} below minimum value. Expected a value >= ${min}, but got ${v} instead.`, k, `${kind}_below_min_value`);
  if (v > max) throw badRequest(`Invalid '${k}': ${kind} above maximum value. Expected a value <= ${max}, but got ${v} instead.`, k, `${kind}_above_max_value`);
  return v;
}

const TEXT_FORMATS = ['text', 'json_object', 'json_schema'] as const;
const TRUNCATIONS = ['auto', 'disabled'] as const;
const SERVICE_TIERS = ['auto', 'default', 'flex', 'scale', 'priority'] as const;

function oneOf(b: Json, k: string, values: readonly string[], dflt: string): string {
  const v = b[k];
  if (v === undefined || v === null) return dflt;
  if (!values.includes(String(v))) throw invalidValue(k, v, values);
  return String(v);
}
const EFFORTS = ['none', 'minimal', 'low', 'medium', 'high'] as const;
const SUMMARIES = ['auto', 'concise', 'detailed'] as const;

function textParam(b: Json): Json {
  const t = b['text'];
  if (t === undefined || t === null) return { format: { type: 'text' }, verbosity: 'medium' };
  if (typeof t !== 'object' || Array.isArray(t)) throw wrongType('text', 'an object', t);
  const format = ((t as Json)['format'] ?? { type: 'text' }) as Json;
  if (!(TEXT_FORMATS as readonly string[]).includes(String(format['type']))) throw invalidValue('text.format.type', format['type'], TEXT_FORMATS);
  if (format['type'] === 'json_schema') {
    if (typeof format['name'] !== 'string') throw missingParam('text.format.name');
    if (format['schema'] === undefined) throw missingParam('text.format.schema');
  }
  const normalized = format['type'] === 'json_schema' ? { type: 'json_schema', description: format['description'] ?? null, name: format['name'], schema: format['schema'], strict: format['strict'] ?? false } : { type: format['type'] };
  return { format: normalized, verbosity: (t as Json)['verbosity'] ?? 'medium' };
}

export function metadataParam(b: Json): Record<string, string> {
  const m = b['metadata'];
  if (m === undefined || m === null) return {};
  if (typeof m !== 'object' || Array.isArray(m)) throw wrongType('metadata', 'an object', m);
  const entries = Object.entries(m as Json);
  if (entries.length > 16) throw badRequest(`Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got an object with ${entries.length} properties instead.`, 'metadata', 'object_above_max_properties');
  for (const [k, v] of entries) {
    if (k.length > 64) throw badRequest(`Invalid 'metadata': string too long. Expected a string with maximum length 64, but got a string with length ${k.length} instead.`, 'metadata', 'string_above_max_length');
    if (typeof v !== 'string') throw wrongType(`metadata.${k}`, 'a string', v);
    if (v.length > 512) throw badRequest(`Invalid 'metadata.${k}': string too long. Expected a string with maximum length 512, but got a string with length ${v.length} instead.`, `metadata.${k}`, 'string_above_max_length');
  }
  return m as Record<string, string>;
}

export function parseCreate(b: Json): CreateParams {
  const model = b['model'];
  if (model === undefined || model === null) throw missingParam('model');
  if (typeof model !== 'string') throw wrongType('model', 'a string', model);
  const reasoningModel = isReasoningModel(model);
  const r = (b['reasoning'] ?? {}) as Json;
  const effort = r['effort'] ?? null;
  if (effort !== null && !(EFFORTS as readonly string[]).includes(String(effort))) throw invalidValue('reasoning.effort', effort, EFFORTS);
  const summary = r['summary'] ?? null;
  if (summary !== null && !(SUMMARIES as readonly string[]).includes(String(summary))) throw invalidValue('reasoning.summary', summary, SUMMARIES);
  if (!reasoningModel && !emitsReasoningText(model) && effort !== null) throw badRequest("Unsupported parameter: 'reasoning.effort' is not supported with this model.", 'reasoning.effort', 'unsupported_parameter');
  // Sampling parameters are refused while the model reasons; `effort: 'none'` turns reasoning off (gpt-5.x, seen in the corpus).
  for (const p of ['temperature', 'top_p'] as const) {
    if (reasoningModel && effort !== 'none' && b[p] !== undefined && b[p] !== null) throw badRequest(`Unsupported parameter: '${p}' is not supported with this model.`, p, 'unsupported_parameter');
  }
  const temperature = range(b, 'temperature', 0, 2, false) ?? 1;
  const topP = range(b, 'top_p', 0, 1, false) ?? 1;
  const maxOutputTokens = range(b, 'max_output_tokens', 16, 1_000_000, true);
  const conv = b['conversation'];
  const conversationId = conv === undefined || conv === null ? null : typeof conv === 'string' ? conv : typeof conv === 'object' && typeof (conv as Json)['id'] === 'string' ? ((conv as Json)['id'] as string) : null;
  if (conv !== undefined && conv !== null && conversationId === null) throw wrongType('conversation', 'one of a string or an object', conv);
  const previousResponseId = optString(b, 'previous_response_id');
  if (previousResponseId !== null && conversationId !== null) {
    throw badRequest("Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or 'conversation'.", null, 'mutually_exclusive_parameters');
  }
  const input = b['input'];
  if (input !== undefined && input !== null && typeof input !== 'string' && !Array.isArray(input)) throw wrongType('input', 'one of a string or array of input items', input);
  const include = b['include'] ?? [];
  if (!Array.isArray(include)) throw wrongType('include', 'an array', include);
  const tools = normalizeTools(b['tools']);
  return {
    model,
    input,
    instructions: optString(b, 'instructions'),
    previousResponseId,
    conversationId,
    store: optBool(b, 'store', true),
    stream: optBool(b, 'stream', false),
    background: optBool(b, 'background', false),
    tools,
    toolChoice: b['tool_choice'] ?? 'auto',
    parallelToolCalls: optBool(b, 'parallel_tool_calls', true),
    maxOutputTokens,
    temperature,
    topP,
    text: textParam(b),
    reasoning: reasoningEcho(model, r, (effort as string | null) ?? 'medium', summary as string | null),
    include: include.map(String),
    metadata: metadataParam(b),
    user: optString(b, 'user'),
    truncation: oneOf(b, 'truncation', TRUNCATIONS, 'disabled'),
    serviceTier: oneOf(b, 'service_tier', SERVICE_TIERS, 'auto'),
    promptCacheKey: optString(b, 'prompt_cache_key'),
    safetyIdentifier: optString(b, 'safety_identifier'),
    maxToolCalls: range(b, 'max_tool_calls', 1, 1_000_000, true),
    topLogprobs: range(b, 'top_logprobs', 0, 20, true) ?? 0,
    obfuscation: ((b['stream_options'] ?? {}) as Json)['include_obfuscation'] !== false,
  };
}
