/**
 * SIMULATED custom tools (`{type: 'custom', name, description?, format?}`): the emulator has no
 * grammar-constrained sampler, so a custom tool is called only when the model is told to by the
 * existing `[[oaic:call NAME INPUT]]` directive naming a declared custom tool. The call becomes a
 * `custom_tool_call` item whose `input` is the directive's raw argument text (not parsed as
 * JSON, not checked against `format`), streamed as response.custom_tool_call_input.delta / .done.
 * The caller answers with a `custom_tool_call_output` item on the next turn; both enter the model
 * context as a tool call and its output, as function calls do.
 */
import { badRequest, missingParam } from '../../errors.ts';
import type { IdGenerator } from '../../ids.ts';
import type { Item, Json } from '../../conversations/items.ts';

const FORMAT_TYPES = ['text', 'grammar'] as const;

/** The tool as the Response echoes it: unconstrained text format by default. */
export function normalizeCustomTool(t: Json, path: string): Json {
  if (typeof t['name'] !== 'string' || !t['name']) throw missingParam(`${path}.name`);
  const format = t['format'] ?? { type: 'text' };
  if (format === null || typeof format !== 'object' || !(FORMAT_TYPES as readonly string[]).includes(String((format as Json)['type']))) {
    throw badRequest(`Invalid value for '${path}.format': expected an object with type 'text' or 'grammar'.`, `${path}.format`, 'invalid_value');
  }
  return { type: 'custom', description: t['description'] ?? null, format, name: t['name'] };
}

/** Names of the declared custom tools. */
export function customToolNames(tools: readonly Json[]): Set<string> {
  return new Set(tools.filter((t) => t['type'] === 'custom').map((t) => String(t['name'])));
}

/**
 * The call item (field order as the service's custom_tool_call items: id, type, status, call_id,
 * input, name). `input` is the directive's text as written; a `call` directive without
 * arguments gives `{}`, the function-call default.
 */
export function customToolCallItem(ids: IdGenerator, name: string, input: string): Item {
  return { id: ids.next('ctc_', 48), type: 'custom_tool_call', status: 'completed', call_id: ids.next('call_', 24), input, name };
}

/** Item types that are a tool call needing an output, and the output type answering each. */
export const CALL_OUTPUT_TYPES: Record<string, string> = { function_call: 'function_call_output', custom_tool_call: 'custom_tool_call_output' };
