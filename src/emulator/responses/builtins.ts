/**
 * Built-in tools of the Responses surface, with the same model protocol as the Assistants runs
 * (src/emulator/runs/builtins): the model asks for a tool with `[[oaic:code src]]` or
 * `[[oaic:search query]]` when the context declares it; the surface runs it, appends the call and
 * its output to the context (`code_interpreter` / `file_search` tool turns with the same
 * arguments and outputs), and generates again. So a run and a response over the same context
 * reach the same reply.
 */
import type { ContextTurn, ModelContext } from '../model/context.ts';
import { parseDirectives } from '../model/directives.ts';
import type { Namespace } from '../store.ts';
import { searchVectorStores } from '../vector-stores/search.ts';
import type { Item, Json } from '../conversations/items.ts';
import { simulateCode } from './code.ts';
import type { CreateParams } from './params.ts';

export type BuiltinRequest = { type: 'code_interpreter'; source: string } | { type: 'file_search'; query: string };

const QUOTE_CHARS = 200;
const QUOTED_HITS = 3;

/** The built-in tool the model asks for in this context, if any (none once a tool output came back). */
export function builtinRequest(ctx: ModelContext): BuiltinRequest | null {
  if (ctx.turns[ctx.turns.length - 1]?.kind === 'tool_output') return null;
  const last = [...ctx.turns].reverse().find((t) => t.kind === 'message' && t.message.role === 'user');
  const text = last?.kind === 'message' ? last.message.parts.map((p) => (p.type === 'text' ? p.text : '')).join(' ') : '';
  for (const d of parseDirectives(text)) {
    if (d.verb === 'code' && ctx.tools.some((t) => t.type === 'code_interpreter')) return { type: 'code_interpreter', source: d.source };
    if (d.verb === 'search' && ctx.tools.some((t) => t.type === 'file_search')) return { type: 'file_search', query: d.query };
  }
  return null;
}

export interface BuiltinRun {
  item: Item;
  turns: ContextTurn[];
  /** Files the reply cites (file_search). */
  citations: { fileId: string; filename: string }[];
}

export function runBuiltin(ns: Namespace, p: CreateParams, request: BuiltinRequest): BuiltinRun {
  const callId = ns.ids.next('call_');
  if (request.type === 'code_interpreter') {
    const logs = simulateCode(request.source);
    const outputs = p.include.includes('code_interpreter_call.outputs') ? [{ type: 'logs', logs }] : null;
    return {
      item: { id: ns.ids.next('ci_', 48), type: 'code_interpreter_call', status: 'completed', code: request.source, container_id: ns.ids.next('cntr_', 48), outputs },
      turns: [
        { kind: 'tool_call', call: { callId, name: 'code_interpreter', arguments: request.source } },
        { kind: 'tool_output', output: { callId, output: logs } },
      ],
      citations: [],
    };
  }
  const tool = p.tools.find((t) => t['type'] === 'file_search') ?? {};
  const threshold = Number(((tool['ranking_options'] ?? {}) as Json)['score_threshold'] ?? 0);
  const hits = searchVectorStores(ns, (tool['vector_store_ids'] as string[] | undefined) ?? [], request.query, Number(tool['max_num_results'] ?? 20)).filter((h) => h.score >= threshold);
  const results = p.include.includes('file_search_call.results') ? hits.map((h) => ({ attributes: {}, file_id: h.fileId, filename: h.filename, score: h.score, text: h.text })) : null;
  const quoted = hits.slice(0, QUOTED_HITS);
  const output = quoted.length ? quoted.map((h) => h.text.replace(/\s+/g, ' ').trim().slice(0, QUOTE_CHARS)).join(' | ') : 'No results.';
  const seen = new Set<string>();
  const citations = quoted.filter((h) => !seen.has(h.fileId) && (seen.add(h.fileId), true)).map((h) => ({ fileId: h.fileId, filename: h.filename }));
  return {
    item: { id: ns.ids.next('fs_', 48), type: 'file_search_call', status: 'completed', queries: [request.query], results },
    turns: [
      { kind: 'tool_call', call: { callId, name: 'file_search', arguments: JSON.stringify({ query: request.query }) } },
      { kind: 'tool_output', output: { callId, output } },
    ],
    citations,
  };
}
