/**
 * Responses → ModelContext, per the context rule shared with the Assistants surface:
 * instructions = the `instructions` parameter (never inherited through previous_response_id);
 * turns = conversation items (or the previous_response_id chain), then `input`.
 * Parts: input_text / output_text → text; refusal → its text; input_image → image by
 * `file:<id>` or `url:<url>`; input_file → file by `file:<id>` / `url:<url>`.
 * Reasoning, file_search_call and code_interpreter_call items do not enter the context.
 */
import type { ContextPart, ContextTool, ContextTurn, ModelContext } from '../model/context.ts';
import type { Item, Json } from '../conversations/items.ts';
import { WEB_SEARCH_TYPES } from './tools/web-search.ts';

type PartMapper = (p: Json) => ContextPart | null;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const PART_MAP: Record<string, PartMapper> = {
  input_text: (p) => ({ type: 'text', text: str(p['text']) }),
  output_text: (p) => ({ type: 'text', text: str(p['text']) }),
  summary_text: (p) => ({ type: 'text', text: str(p['text']) }),
  refusal: (p) => ({ type: 'text', text: str(p['refusal']) }),
  input_image: (p) => ({ type: 'image', ref: typeof p['file_id'] === 'string' ? `file:${p['file_id']}` : `url:${str(p['image_url'])}` }),
  input_file: (p) => ({ type: 'file', ref: typeof p['file_id'] === 'string' ? `file:${p['file_id']}` : typeof p['file_url'] === 'string' ? `url:${p['file_url']}` : `name:${str(p['filename'])}` }),
};

/** Text of a function_call_output `output` (a string, or a list of content parts). */
export function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  if (!Array.isArray(output)) return '';
  return output.map((p) => (p && typeof p === 'object' ? str((p as Json)['text']) : '')).join('');
}

const TURN_MAP: Record<string, (item: Item) => ContextTurn | null> = {
  message: (item) => {
    const content = Array.isArray(item['content']) ? (item['content'] as Json[]) : [];
    const parts = content.flatMap((p) => {
      const mapped = PART_MAP[str(p['type'])]?.(p);
      return mapped ? [mapped] : [];
    });
    const role = item['role'] as 'user' | 'assistant' | 'system' | 'developer';
    return { kind: 'message', message: { role, parts } };
  },
  function_call: (item) => ({ kind: 'tool_call', call: { callId: str(item['call_id']), name: str(item['name']), arguments: str(item['arguments']) } }),
  function_call_output: (item) => ({ kind: 'tool_output', output: { callId: str(item['call_id']), output: outputText(item['output']) } }),
  custom_tool_call: (item) => ({ kind: 'tool_call', call: { callId: str(item['call_id']), name: str(item['name']), arguments: str(item['input']) } }),
  shell_call: (item) => ({ kind: 'tool_call', call: { callId: str(item['call_id']), name: 'shell', arguments: JSON.stringify({ commands: ((item['action'] ?? {}) as Json)['commands'] ?? [] }) } }),
  shell_call_output: (item) => ({ kind: 'tool_output', output: { callId: str(item['call_id']), output: Array.isArray(item['output']) ? (item['output'] as Json[]).map((o) => str(o['stdout']).trim()).join(' | ') : '' } }),
  custom_tool_call_output: (item) => ({ kind: 'tool_output', output: { callId: str(item['call_id']), output: outputText(item['output']) } }),
};

export function itemsToTurns(items: readonly Item[]): ContextTurn[] {
  return items.flatMap((item) => {
    const turn = TURN_MAP[item.type]?.(item);
    return turn ? [turn] : [];
  });
}

/** Request tools (already normalised) → the context's tool list. */
export function contextTools(tools: readonly Json[]): ContextTool[] {
  return tools.flatMap((t): ContextTool[] => {
    if (t['type'] === 'function') return [{ type: 'function', name: str(t['name']), parameters: t['parameters'] }];
    if (t['type'] === 'file_search') return [{ type: 'file_search', vectorStoreIds: (t['vector_store_ids'] as string[] | undefined) ?? [] }];
    if (t['type'] === 'code_interpreter') return [{ type: 'code_interpreter' }];
    if ((WEB_SEARCH_TYPES as readonly unknown[]).includes(t['type'])) return [{ type: 'web_search' }];
    if (t['type'] === 'image_generation') return [{ type: 'image_generation' }];
    if (t['type'] === 'mcp') return [{ type: 'mcp', serverLabel: str(t['server_label']) }];
    // Simulated hosted shell (tools/shell.ts): a `local` environment is the caller's to run, not simulated.
    if (t['type'] === 'shell' && ((t['environment'] ?? {}) as Json)['type'] !== 'local') return [{ type: 'shell' }];
    return [];
  });
}

export function buildContext(args: { model: string; instructions: string | null; history: readonly Item[]; input: readonly Item[]; tools: readonly Json[]; maxOutputTokens: number | null }): ModelContext {
  return {
    model: args.model,
    instructions: args.instructions,
    turns: itemsToTurns([...args.history, ...args.input]),
    tools: contextTools(args.tools),
    maxOutputTokens: args.maxOutputTokens,
  };
}
