/**
 * One model turn of the Responses surface: ModelContext → generate() → output items (reasoning,
 * file_search_call, code_interpreter_call, function_call, message with output_text or refusal),
 * status, error / incomplete_details and usage. Streaming (stream.ts) and background mode
 * replay the same result, so every delivery mode shows the same items.
 */
import { countTokens, type ModelContext } from '../model/context.ts';
import { stripDirectives } from '../model/directives.ts';
import { contextHash, generate } from '../model/generate.ts';
import { emitsReasoningText, isReasoningModel } from '../models/reasoning.ts';
import type { Namespace } from '../store.ts';
import type { Item, Json } from '../conversations/items.ts';
import { runBuiltin } from './builtins.ts';
import type { CreateParams } from './params.ts';
import { formatReply } from './structured.ts';
import type { ToolMode } from './tools.ts';
import { applyToolChoice } from '../model/tool-choice.ts';
import { customToolCallItem, customToolNames } from './tools/custom.ts';
import { citeUrls, type WebPage } from './tools/web-search.ts';
import { canCall, listItems } from './tools/mcp.ts';

export interface TurnResult {
  status: 'completed' | 'incomplete' | 'failed';
  output: Item[];
  error: { code: string; message: string } | null;
  incompleteDetails: { reason: string } | null;
  usage: Json | null;
  /** Streaming knobs from the directives. */
  deltaCount: number;
  delayMs: number;
  stall: boolean;
}

/** The Assistants-flavoured reasons generate() uses, as the Responses surface names them. */
const INCOMPLETE_REASONS: Record<string, string> = { max_completion_tokens: 'max_output_tokens', max_prompt_tokens: 'max_output_tokens' };

function lastUserText(ctx: ModelContext): string {
  const last = [...ctx.turns].reverse().find((t) => t.kind === 'message' && t.message.role === 'user');
  return last?.kind === 'message' ? last.message.parts.map((p) => (p.type === 'text' ? p.text : '')).join(' ') : '';
}

const MAX_BUILTIN_ROUNDS = 8;

/**
 * Models whose messages carry `phase` (real traffic: gpt-5.5 and gpt-5.6 only; gpt-5, gpt-5.2 and
 * o3 messages never do): `commentary` for the message the model writes before using a built-in
 * tool (`[[oaic:say …]]` before `code` / `search`, as the Assistants runs write it), `final_answer`
 * for the reply.
 */
const PHASE_MODELS = /^gpt-5\.([5-9]|[1-9]\d)/;

function message(ns: Namespace, model: string, status: string, content: Json[], phaseName: 'commentary' | 'final_answer' = 'final_answer'): Item {
  const phase = PHASE_MODELS.test(model) ? { phase: phaseName } : {};
  return { id: ns.ids.next('msg_', 48), type: 'message', status, content, ...phase, role: 'assistant' };
}

export function runTurn(ns: Namespace, params: CreateParams, first: ModelContext, mode: ToolMode, history: readonly Item[] = []): TurnResult {
  // Built-in tools first (builtins.ts): each round appends the call and its output and asks again.
  let ctx = first;
  let out = generate(ctx);
  // Simulated MCP servers (tools/mcp.ts): unlisted servers are listed before anything else.
  const listing = listItems(ns.ids, params.tools, history, out.directives);
  const toolItems: Item[] = [];
  const citations: { fileId: string; filename: string }[] = [];
  const pages: WebPage[] = [];
  // Every model call of the turn counts in usage, as each run step does on the Assistants side.
  const rounds = { prompt: 0, completion: 0 };
  for (let round = 0; round < MAX_BUILTIN_ROUNDS && mode.kind !== 'none'; round++) {
    if (!out.builtin) break;
    if (out.builtin.type === 'mcp' && !canCall(out.builtin, params.tools, listing, history)) break;
    rounds.prompt += out.usage.prompt_tokens;
    rounds.completion += out.usage.completion_tokens;
    const ran = runBuiltin(ns, params, out.builtin, out.directives);
    if (out.preamble) toolItems.push(message(ns, first.model, 'completed', [{ type: 'output_text', annotations: [], logprobs: [], text: out.preamble }], 'commentary'));
    toolItems.push(ran.item, ...(ran.more ?? []));
    citations.push(...ran.citations);
    pages.push(...(ran.pages ?? []));
    ctx = { ...ctx, turns: [...ctx.turns, ...ran.turns] };
    out = generate(ctx);
  }
  const functions = params.tools.filter((t) => t['type'] === 'function').map((t) => String(t['name']));
  let turn = applyToolChoice(ctx, out.turn, mode, functions);
  if (turn.kind === 'tool_calls' && !params.parallelToolCalls) turn = { kind: 'tool_calls', calls: turn.calls.slice(0, 1) };
  const base = { deltaCount: out.deltaCount, delayMs: out.delayMs, stall: out.stall };
  const usageOf = (reasoningTokens: number, last: number): Json => {
    const input = rounds.prompt + out.usage.prompt_tokens;
    const completion = rounds.completion + last;
    return {
      input_tokens: input,
      input_tokens_details: { cache_write_tokens: 0, cached_tokens: 0 },
      output_tokens: completion + reasoningTokens,
      output_tokens_details: { reasoning_tokens: reasoningTokens },
      total_tokens: input + completion + reasoningTokens,
    };
  };
  if (turn.kind === 'failed' || turn.kind === 'expired') {
    const error = turn.kind === 'failed' ? { code: turn.code, message: turn.message } : { code: 'server_error', message: 'The response expired before it could complete.' };
    return { ...base, status: 'failed', output: [], error, incompleteDetails: null, usage: null };
  }
  const output: Item[] = [...listing];
  let reasoningTokens = 0;
  if ((isReasoningModel(first.model) || emitsReasoningText(first.model)) && params.reasoning.effort !== 'none') {
    const userText = stripDirectives(lastUserText(first));
    const summaryText = `**Answering the request**\n\nThe user wrote "${userText.slice(0, 80)}"; context ${contextHash(first)}.`;
    // Real order: id, type, content ([] — no raw reasoning text), encrypted_content (with include), summary.
    const rawText = emitsReasoningText(first.model) ? `The user asks: "${userText.slice(0, 80)}". I answer from context ${contextHash(first)}.` : '';
    const item: Item = { id: ns.ids.next('rs_', 48), type: 'reasoning', content: rawText ? [{ type: 'reasoning_text', text: rawText }] : [] };
    if (params.include.includes('reasoning.encrypted_content')) item['encrypted_content'] = Buffer.from(`oaic:${contextHash(first)}`).toString('base64');
    item['summary'] = params.reasoning.summary ? [{ type: 'summary_text', text: summaryText }] : [];
    output.push(item);
    reasoningTokens = 16 + countTokens(summaryText) + countTokens(rawText);
  }
  output.push(...toolItems);
  if (turn.kind === 'tool_calls') {
    const custom = customToolNames(params.tools);
    for (const c of turn.calls) output.push(custom.has(c.name) ? customToolCallItem(ns.ids, c.name, c.arguments) : { id: ns.ids.next('fc_', 48), type: 'function_call', status: 'completed', arguments: c.arguments, call_id: ns.ids.next('call_', 24), name: c.name });
    return { ...base, status: 'completed', output, error: null, incompleteDetails: null, usage: usageOf(reasoningTokens, out.usage.completion_tokens) };
  }
  if (turn.kind === 'refusal') {
    output.push(message(ns, first.model, 'completed', [{ type: 'refusal', refusal: turn.text }]));
    return { ...base, status: 'completed', output, error: null, incompleteDetails: null, usage: usageOf(reasoningTokens, out.usage.completion_tokens) };
  }
  const formatted = formatReply(turn.text, (params.text['format'] ?? { type: 'text' }) as Json);
  // Simulated web_search: trailing citation links with url_citation annotations (plain-text replies only).
  const cited = pages.length && ((params.text['format'] as Json | undefined)?.['type'] ?? 'text') === 'text' ? citeUrls(formatted, pages) : { text: formatted, annotations: [] };
  const text = cited.text;
  const annotations = [...cited.annotations, ...citations.map((c) => ({ type: 'file_citation', file_id: c.fileId, filename: c.filename, index: text.length }))];
  const status = turn.incomplete ? 'incomplete' : 'completed';
  output.push(message(ns, first.model, status, [{ type: 'output_text', annotations, logprobs: [], text }]));
  const incompleteDetails = turn.incomplete ? { reason: INCOMPLETE_REASONS[turn.incomplete] ?? turn.incomplete } : null;
  return { ...base, status, output, error: null, incompleteDetails, usage: usageOf(reasoningTokens, countTokens(text)) };
}
