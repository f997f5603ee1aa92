/**
 * Tool declarations and tool_resources as the Assistants API stores and echoes them: function
 * tools get `description`/`parameters`/`strict` filled in, file_search gets its ranking options,
 * and tool_resources carry an entry for each resource-backed tool that is enabled.
 */
import { badRequest, missingParam } from '../errors.ts';
import { arrayMax, enumValue, isObject, wrongType } from './validate.ts';

export type FunctionTool = { type: 'function'; function: { name: string; description: string | null; parameters: unknown; strict: boolean } };
export type FileSearchTool = { type: 'file_search'; file_search: { ranking_options: { ranker: string; score_threshold: number }; max_num_results?: number } };
export type AssistantTool = { type: 'code_interpreter' } | FileSearchTool | FunctionTool;

export interface ToolResources {
  code_interpreter?: { file_ids: string[] };
  file_search?: { vector_store_ids: string[] };
}

const TOOL_TYPES = ['code_interpreter', 'file_search', 'function'] as const;

export function parseTools(v: unknown, max: number, param = 'tools'): AssistantTool[] {
  if (v === undefined || v === null) return [];
  return arrayMax(param, v, max).map((t, i) => parseTool(t, `${param}[${i}]`));
}

function parseTool(t: unknown, param: string): AssistantTool {
  if (!isObject(t)) throw wrongType(param, 'an object', t);
  if (t['type'] === undefined) throw missingParam(`${param}.type`);
  const type = enumValue(`${param}.type`, t['type'], TOOL_TYPES);
  if (type === 'code_interpreter') return { type };
  if (type === 'file_search') {
    const fs = isObject(t['file_search']) ? t['file_search'] : {};
    const ro = isObject(fs['ranking_options']) ? fs['ranking_options'] : {};
    const out: FileSearchTool = {
      type,
      file_search: { ranking_options: { ranker: typeof ro['ranker'] === 'string' && ro['ranker'] !== 'auto' ? ro['ranker'] : 'default_2024_08_21', score_threshold: typeof ro['score_threshold'] === 'number' ? ro['score_threshold'] : 0 } },
    };
    const max = fs['max_num_results'];
    if (max !== undefined) {
      if (typeof max !== 'number' || !Number.isInteger(max)) throw wrongType(`${param}.file_search.max_num_results`, 'an integer', max);
      if (max < 1 || max > 50) throw badRequest(`Invalid '${param}.file_search.max_num_results': integer out of range. Expected a value between 1 and 50, but got ${max} instead.`, `${param}.file_search.max_num_results`, 'integer_out_of_range');
      out.file_search.max_num_results = max;
    }
    return out;
  }
  const fn = t['function'];
  if (fn === undefined) throw missingParam(`${param}.function`);
  if (!isObject(fn)) throw wrongType(`${param}.function`, 'an object', fn);
  const name = fn['name'];
  if (name === undefined) throw missingParam(`${param}.function.name`);
  if (typeof name !== 'string') throw wrongType(`${param}.function.name`, 'a string', name);
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(name)) {
    throw badRequest(`Invalid '${param}.function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`, `${param}.function.name`, 'invalid_value');
  }
  const description = fn['description'];
  if (description !== undefined && description !== null && typeof description !== 'string') throw wrongType(`${param}.function.description`, 'a string', description);
  const parameters = fn['parameters'] ?? { type: 'object', properties: {} };
  if (!isObject(parameters)) throw wrongType(`${param}.function.parameters`, 'an object', parameters);
  return { type, function: { name, description: (description as string | undefined) ?? null, parameters, strict: fn['strict'] === true } };
}

/** Validates tool_resources (code_interpreter file_ids ≤ 20, file_search vector_store_ids ≤ 1). */
export function parseToolResources(v: unknown, param = 'tool_resources'): ToolResources {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw wrongType(param, 'an object', v);
  const out: ToolResources = {};
  for (const k of Object.keys(v)) {
    if (k !== 'code_interpreter' && k !== 'file_search') throw badRequest(`Unknown parameter: '${param}.${k}'.`, `${param}.${k}`, 'unknown_parameter');
  }
  const ci = v['code_interpreter'];
  if (ci !== undefined && ci !== null) {
    if (!isObject(ci)) throw wrongType(`${param}.code_interpreter`, 'an object', ci);
    out.code_interpreter = { file_ids: stringList(ci['file_ids'] ?? [], `${param}.code_interpreter.file_ids`, 20) };
  }
  const fs = v['file_search'];
  if (fs !== undefined && fs !== null) {
    if (!isObject(fs)) throw wrongType(`${param}.file_search`, 'an object', fs);
    out.file_search = { vector_store_ids: stringList(fs['vector_store_ids'] ?? [], `${param}.file_search.vector_store_ids`, 1) };
  }
  return out;
}

function stringList(v: unknown, param: string, max: number): string[] {
  return arrayMax(param, v, max).map((x, i) => {
    if (typeof x !== 'string') throw wrongType(`${param}[${i}]`, 'a string', x);
    return x;
  });
}

/** What the service echoes: an entry for every enabled resource-backed tool, then any extra given. */
export function effectiveToolResources(tools: readonly AssistantTool[], given: ToolResources): ToolResources {
  const out: ToolResources = {};
  if (tools.some((t) => t.type === 'code_interpreter') || given.code_interpreter) out.code_interpreter = { file_ids: given.code_interpreter?.file_ids ?? [] };
  if (tools.some((t) => t.type === 'file_search') || given.file_search) out.file_search = { vector_store_ids: given.file_search?.vector_store_ids ?? [] };
  return out;
}
