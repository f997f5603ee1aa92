/**
 * Conversation / Responses input items: validation with the service's 400 texts and
 * normalisation into stored items with ids. Both `POST /responses` (`input`) and
 * `POST /conversations[/{id}/items]` (`items`) go through `normalizeItems`, so a conversation
 * and a response see the same items. The accepted shapes are data (ITEM_RULES, PART_TYPES).
 */
import { ApiError, badRequest, missingParam } from '../errors.ts';
import type { IdGenerator } from '../ids.ts';

export type Json = Record<string, unknown>;

/** A stored item: the wire object as the service returns it from items/input_items lists. */
export type Item = Json & { id: string; type: string };

const ROLES = ['assistant', 'system', 'developer', 'user'] as const;

/** Every content part type the service names in its error text (order as it prints them). */
const PART_TYPES = ['input_text', 'input_image', 'output_text', 'refusal', 'input_file', 'computer_screenshot', 'summary_text'] as const;
/** Part types an assistant message may hold when given as a content list. */
const ASSISTANT_PARTS = ['output_text', 'refusal'] as const;

/** Item types accepted as input, with the id prefix the service gives them and the fields they require. */
const ITEM_RULES: Record<string, { prefix: string; required: readonly string[] }> = {
  message: { prefix: 'msg_', required: ['role', 'content'] },
  function_call: { prefix: 'fc_', required: ['call_id', 'name', 'arguments'] },
  function_call_output: { prefix: 'fco_', required: ['call_id', 'output'] },
  reasoning: { prefix: 'rs_', required: ['summary'] },
  file_search_call: { prefix: 'fs_', required: ['queries'] },
  code_interpreter_call: { prefix: 'ci_', required: ['code'] },
  custom_tool_call: { prefix: 'ctc_', required: ['call_id', 'name', 'input'] },
  custom_tool_call_output: { prefix: 'ctco_', required: ['call_id', 'output'] },
  mcp_list_tools: { prefix: 'mcpl_', required: ['server_label', 'tools'] },
  mcp_call: { prefix: 'mcp_', required: ['server_label', 'name', 'arguments'] },
  shell_call: { prefix: 'sh_', required: ['call_id', 'action'] },
  shell_call_output: { prefix: 'sho_', required: ['call_id', 'output'] },
};

export const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : `a ${typeof v}`);

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `Supported values are: 'a', 'b', and 'c'.` as the service lists them. */
export function supportedList(values: readonly string[]): string {
  const q = values.map((v) => `'${v}'`);
  if (q.length <= 2) return q.join(' and ');
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

export const invalidValue = (param: string, value: unknown, supported: readonly string[]): ApiError =>
  badRequest(`Invalid value: '${String(value)}'. Supported values are: ${supportedList(supported)}.`, param, 'invalid_value');

const wrongType = (param: string, expected: string, got: unknown): ApiError =>
  badRequest(`Invalid type for '${param}': expected ${expected}, but got ${typeName(got)} instead.`, param, 'invalid_type');

/** Validates and normalises one input item (`path` is `input[0]` or `items[3]`). */
export function normalizeItem(raw: unknown, path: string, ids: IdGenerator): Item {
  if (!isObject(raw)) throw wrongType(path, 'an object', raw);
  const type = raw['type'] ?? (raw['role'] !== undefined ? 'message' : undefined);
  if (type === undefined) throw missingParam(`${path}.type`);
  const rule = typeof type === 'string' ? ITEM_RULES[type] : undefined;
  if (!rule) throw invalidValue(`${path}.type`, type, Object.keys(ITEM_RULES));
  for (const field of rule.required) if (raw[field] === undefined) throw missingParam(`${path}.${field}`);
  const id = typeof raw['id'] === 'string' && raw['id'] ? raw['id'] : ids.next(rule.prefix, 48);
  if (type === 'message') return normalizeMessage(raw, path, id);
  if (type === 'function_call') {
    for (const f of ['call_id', 'name', 'arguments'] as const) if (typeof raw[f] !== 'string') throw wrongType(`${path}.${f}`, 'a string', raw[f]);
    return { id, type, status: raw['status'] ?? 'completed', arguments: raw['arguments'], call_id: raw['call_id'], name: raw['name'] };
  }
  if (type === 'function_call_output') {
    if (typeof raw['call_id'] !== 'string') throw wrongType(`${path}.call_id`, 'a string', raw['call_id']);
    const output = raw['output'];
    if (typeof output !== 'string' && !Array.isArray(output)) throw wrongType(`${path}.output`, 'one of a string or an array of content parts', output);
    return { id, type, status: raw['status'] ?? 'completed', call_id: raw['call_id'], output };
  }
  return { ...raw, id, type: type as string };
}

function normalizeMessage(raw: Json, path: string, id: string): Item {
  const role = raw['role'];
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw invalidValue(`${path}.role`, role, ROLES);
  const content = raw['content'];
  let parts: Json[];
  if (typeof content === 'string') {
    parts = [role === 'assistant' ? { type: 'output_text', annotations: [], logprobs: [], text: content } : { type: 'input_text', text: content }];
  } else if (Array.isArray(content)) {
    parts = content.map((p, j) => normalizePart(p, `${path}.content[${j}]`, role));
  } else {
    throw wrongType(`${path}.content`, 'one of a string or an array of input content items', content);
  }
  const status = raw['status'] ?? 'completed';
  // OutputMessage.phase (commentary | final_answer) is kept when a gpt-5.x assistant message is sent back.
  const phase = role === 'assistant' && typeof raw['phase'] === 'string' ? { phase: raw['phase'] } : {};
  return { id, type: 'message', status, role, content: parts, ...phase };
}

function normalizePart(raw: unknown, path: string, role: string): Json {
  if (!isObject(raw)) throw wrongType(path, 'an object', raw);
  const type = raw['type'];
  if (type === undefined) throw missingParam(`${path}.type`);
  if (!(PART_TYPES as readonly string[]).includes(String(type))) throw invalidValue(`${path}.type`, type, PART_TYPES);
  if (role === 'assistant' && !(ASSISTANT_PARTS as readonly string[]).includes(String(type))) throw invalidValue(`${path}.type`, type, ASSISTANT_PARTS);
  if (type === 'input_text' || type === 'output_text' || type === 'summary_text') {
    if (typeof raw['text'] !== 'string') throw raw['text'] === undefined ? missingParam(`${path}.text`) : wrongType(`${path}.text`, 'a string', raw['text']);
    return type === 'output_text' ? { type, annotations: raw['annotations'] ?? [], logprobs: raw['logprobs'] ?? [], text: raw['text'] } : { type, text: raw['text'] };
  }
  if (type === 'refusal') {
    if (typeof raw['refusal'] !== 'string') throw missingParam(`${path}.refusal`);
    return { type, refusal: raw['refusal'] };
  }
  if (type === 'input_image') {
    if (typeof raw['image_url'] !== 'string' && typeof raw['file_id'] !== 'string') throw missingParam(`${path}.image_url`);
    return { type, detail: raw['detail'] ?? 'auto', file_id: raw['file_id'] ?? null, image_url: raw['image_url'] ?? null };
  }
  if (type === 'input_file') {
    if (raw['file_id'] === undefined && raw['file_url'] === undefined && raw['file_data'] === undefined) throw missingParam(`${path}.file_id`);
    return { ...raw, type };
  }
  return { ...raw, type: String(type) };
}

/** `items` / `input` arrays: at most `max` per call (20 for conversations), each validated. */
export function normalizeItems(raw: unknown, param: string, ids: IdGenerator, max: number | null): Item[] {
  if (!Array.isArray(raw)) throw wrongType(param, 'an array', raw);
  if (max !== null && raw.length > max) {
    throw badRequest(`Invalid '${param}': array too long. Expected an array with maximum length ${max}, but got an array with length ${raw.length} instead.`, param, 'array_above_max_length');
  }
  return raw.map((r, i) => normalizeItem(r, `${param}[${i}]`, ids));
}
