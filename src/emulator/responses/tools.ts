/**
 * Request `tools` → the tool objects the service echoes on the Response (defaults filled in:
 * function `strict: true` and `output_schema: null`, file_search `max_num_results: 20` and `ranking_options`), and the
 * tool_choice rules. Tool kinds are a table: type → normaliser.
 */
import { badRequest, missingParam } from '../errors.ts';
import { invalidValue, typeName, type Json } from '../conversations/items.ts';
import type { ToolChoiceMode } from '../model/tool-choice.ts';
import { normalizeCustomTool } from './tools/custom.ts';
import { normalizeWebSearchTool } from './tools/web-search.ts';
import { normalizeShellTool } from './tools/shell.ts';
import { normalizeImageGenerationTool } from './tools/image-generation.ts';
import { normalizeMcpTool } from './tools/mcp.ts';

type Normalizer = (t: Json, path: string) => Json;

const NORMALIZERS: Record<string, Normalizer> = {
  function: (t, path) => {
    if (typeof t['name'] !== 'string' || !t['name']) throw missingParam(`${path}.name`);
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(t['name'])) {
      throw badRequest(`Invalid '${path}.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`, `${path}.name`, 'invalid_value');
    }
    return { type: 'function', description: t['description'] ?? null, name: t['name'], output_schema: t['output_schema'] ?? null, parameters: t['parameters'] ?? null, strict: t['strict'] ?? true };
  },
  file_search: (t, path) => {
    const ids = t['vector_store_ids'];
    if (ids === undefined) throw missingParam(`${path}.vector_store_ids`);
    if (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string')) throw badRequest(`Invalid type for '${path}.vector_store_ids': expected an array of strings, but got ${typeName(ids)} instead.`, `${path}.vector_store_ids`, 'invalid_type');
    return {
      type: 'file_search',
      filters: t['filters'] ?? null,
      max_num_results: t['max_num_results'] ?? 20,
      ranking_options: t['ranking_options'] ?? { ranker: 'auto', score_threshold: 0 },
      vector_store_ids: ids,
    };
  },
  code_interpreter: (t, path) => {
    if (t['container'] === undefined) throw missingParam(`${path}.container`);
    return { type: 'code_interpreter', container: t['container'] };
  },
  custom: normalizeCustomTool,
  web_search: normalizeWebSearchTool,
  web_search_preview: normalizeWebSearchTool,
  image_generation: normalizeImageGenerationTool,
  mcp: normalizeMcpTool,
  shell: normalizeShellTool,
};

export function normalizeTools(raw: unknown): Json[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest(`Invalid type for 'tools': expected an array, but got ${typeName(raw)} instead.`, 'tools', 'invalid_type');
  if (raw.length > 128) throw badRequest(`Invalid 'tools': array too long. Expected an array with maximum length 128, but got an array with length ${raw.length} instead.`, 'tools', 'array_above_max_length');
  return raw.map((t, i) => {
    const path = `tools[${i}]`;
    if (t === null || typeof t !== 'object' || Array.isArray(t)) throw badRequest(`Invalid type for '${path}': expected an object, but got ${typeName(t)} instead.`, path, 'invalid_type');
    const normalize = NORMALIZERS[String((t as Json)['type'])];
    if (!normalize) throw invalidValue(`${path}.type`, (t as Json)['type'], Object.keys(NORMALIZERS));
    return normalize(t as Json, path);
  });
}

/** What the model may do under tool_choice: `none`, `auto`, `required`, or one named function. */
/** The Responses spelling of the shared tool_choice rule (src/emulator/model/tool-choice.ts). */
export type ToolMode = ToolChoiceMode;

const CHOICES = ['none', 'auto', 'required'] as const;

export function toolMode(choice: unknown, tools: readonly Json[]): ToolMode {
  if (typeof choice === 'string') {
    if (!(CHOICES as readonly string[]).includes(choice)) throw invalidValue('tool_choice', choice, CHOICES);
    if (choice === 'required' && tools.length === 0) throw badRequest("Tool choice 'required' must be specified with 'tools' parameter.", 'tool_choice', null);
    return { kind: choice as 'none' | 'auto' | 'required' };
  }
  if (choice && typeof choice === 'object' && (choice as Json)['type'] === 'function') {
    const name = String((choice as Json)['name'] ?? '');
    if (!tools.some((t) => t['type'] === 'function' && t['name'] === name)) {
      throw badRequest(`Tool choice 'function' set to '${name}', but no tool with that name was found in 'tools'.`, 'tool_choice', null);
    }
    return { kind: 'function', name };
  }
  if (choice && typeof choice === 'object' && typeof (choice as Json)['type'] === 'string') return { kind: 'auto' };
  throw badRequest(`Invalid type for 'tool_choice': expected one of a string or an object, but got ${typeName(choice)} instead.`, 'tool_choice', 'invalid_type');
}
