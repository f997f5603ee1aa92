/**
 * Built-in tools of the Responses surface, with the same model protocol as the Assistants runs
 * (src/emulator/runs/builtins): generate() asks for a tool (`builtin`, from `[[oaic:code src]]`
 * or `[[oaic:search query]]` when the context declares it); the surface runs it, appends the call
 * and its output to the context (`code_interpreter` / `file_search` tool turns with the same
 * arguments and outputs, the same Python simulation), and generates again. So a run and a
 * response over the same context reach the same reply.
 */
import type { ContextTurn } from '../model/context.ts';
import type { ModelOutput } from '../model/generate.ts';
import { simulatePython } from '../runs/builtins/python-sim.ts';
import type { Namespace } from '../store.ts';
import { searchVectorStores } from '../vector-stores/search.ts';
import type { Item, Json } from '../conversations/items.ts';
import type { CreateParams } from './params.ts';
import { runImageGeneration } from './tools/image-generation.ts';
import { runMcpCall } from './tools/mcp.ts';
import { runShell } from './tools/shell.ts';
import type { Directive } from '../model/directives.ts';
import { runOpenPage, runWebSearch, WEB_SEARCH_TYPES, type WebPage } from './tools/web-search.ts';

export type BuiltinRequest = NonNullable<ModelOutput['builtin']>;

const QUOTE_CHARS = 200;
const QUOTED_HITS = 3;

export interface BuiltinRun {
  item: Item;
  turns: ContextTurn[];
  /** Files the reply cites (file_search). */
  citations: { fileId: string; filename: string }[];
  /** Items that follow `item` (the simulated shell's shell_call_output). */
  more?: Item[];
  /** Pages the reply cites (simulated web_search, tools/web-search.ts). */
  pages?: WebPage[];
}

export function runBuiltin(ns: Namespace, p: CreateParams, request: BuiltinRequest, directives: readonly Directive[] = []): BuiltinRun {
  if (request.type === 'mcp') return { ...runMcpCall(ns.ids, request, directives), citations: [] };
  if (request.type === 'web_search') {
    const tool = p.tools.find((t) => (WEB_SEARCH_TYPES as readonly unknown[]).includes(t['type'])) ?? {};
    return { ...runWebSearch(ns.ids, request.query, tool, p.include), citations: [] };
  }
  if (request.type === 'shell') return { ...runShell(ns.ids, request.commands, p.tools.find((t) => t['type'] === 'shell') ?? {}), citations: [] };
  if (request.type === 'open_page') return { ...runOpenPage(ns.ids, request.url), citations: [] };
  if (request.type === 'image_generation') {
    return { ...runImageGeneration(ns.ids, request.prompt, p.tools.find((t) => t['type'] === 'image_generation') ?? {}), citations: [] };
  }
  const callId = ns.ids.next('call_');
  if (request.type === 'code_interpreter') {
    const sim = simulatePython(request.source);
    const logs = sim.logs || (sim.image ? '[image]' : '');
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
