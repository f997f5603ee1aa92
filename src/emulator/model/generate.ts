/**
 * The emulator's model: a pure function from a ModelContext to a ModelTurn. The reply depends on
 * the whole context (a short hash of its canonical form is part of the text), so two APIs that
 * present the same context get the same reply, and any lost or altered context shows up.
 */
import { createHash } from 'node:crypto';
import { canonicalContext, countTokens, type ModelContext } from './context.ts';
import { parseDirectives, stripDirectives, type Directive } from './directives.ts';

export type ModelTurn =
  | { kind: 'message'; text: string; incomplete: string | null }
  | { kind: 'tool_calls'; calls: { name: string; arguments: string }[] }
  | { kind: 'refusal'; text: string }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'expired' };

export interface ModelOutput {
  turn: ModelTurn;
  /** Directives seen (for streaming knobs: deltas, delay, stall). */
  directives: Directive[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  /** Number of text deltas a stream should split the reply into. */
  deltaCount: number;
  /**
   * A built-in tool the model runs before answering (`code` / `search` directives), only when
   * the context declares that tool. The surface executes it, appends the call and its output to
   * the context and generates again.
   */
  builtin: { type: 'code_interpreter'; source: string } | { type: 'file_search'; query: string } | { type: 'web_search'; query: string } | { type: 'open_page'; url: string } | { type: 'image_generation'; prompt: string } | { type: 'mcp'; label: string; tool: string; arguments: string } | { type: 'shell'; commands: string[] } | null;
  /** `delay` directive in ms (0 when absent) and whether the `stall` directive is present. */
  delayMs: number;
  stall: boolean;
  /** Text the model says before using a built-in tool (a `say` directive written before the tool's). */
  preamble: string | null;
}

/** Verbs that make the model use a tool; they apply once, until the first tool output. */
const TOOL_VERBS: ReadonlySet<string> = new Set(['call', 'code', 'search', 'websearch', 'openpage', 'image', 'mcp', 'shell']);

const FAIL_MESSAGES: Record<string, string> = {
  server_error: 'Sorry, something went wrong.',
  rate_limit_exceeded: 'Rate limit reached for requests. Please try again later.',
  invalid_prompt: 'Invalid prompt: your prompt was flagged as potentially violating our usage policy.',
};

export function contextHash(ctx: ModelContext): string {
  return createHash('sha256').update(canonicalContext(ctx)).digest('hex').slice(0, 8);
}

export function generate(ctx: ModelContext): ModelOutput {
  const lastUser = [...ctx.turns].reverse().find((t) => t.kind === 'message' && t.message.role === 'user');
  const lastText = lastUser?.kind === 'message' ? lastUser.message.parts.map((p) => (p.type === 'text' ? p.text : '')).join(' ') : '';
  const lastTurn = ctx.turns[ctx.turns.length - 1];
  // Directives apply once: after a tool output the model answers instead of calling again.
  const all = parseDirectives(lastText);
  const firstTool = all.findIndex((d) => TOOL_VERBS.has(d.verb));
  // After a tool output, tool verbs and any `say` written before them (the preamble) are spent.
  const directives = lastTurn?.kind === 'tool_output' ? all.filter((d, i) => !TOOL_VERBS.has(d.verb) && !(d.verb === 'say' && firstTool !== -1 && i < firstTool)) : all;
  const prompt = canonicalContext(ctx);
  const hash = contextHash(ctx);
  const turn = decide(ctx, directives, stripDirectives(lastText), hash);
  const completionText = turn.kind === 'message' || turn.kind === 'refusal' ? turn.text : turn.kind === 'tool_calls' ? turn.calls.map((c) => c.name + c.arguments).join('') : '';
  const prompt_tokens = countTokens(prompt);
  const completion_tokens = turn.kind === 'failed' || turn.kind === 'expired' ? 0 : countTokens(completionText);
  const deltas = directives.find((d) => d.verb === 'deltas');
  const delay = directives.find((d) => d.verb === 'delay');
  const builtin = builtinCall(ctx, directives);
  const before = firstTool === -1 ? [] : all.slice(0, firstTool);
  const said = before.find((d) => d.verb === 'say');
  return {
    builtin,
    preamble: builtin && said?.verb === 'say' ? said.text : null,
    delayMs: delay?.verb === 'delay' ? delay.ms : 0,
    stall: directives.some((d) => d.verb === 'stall'),
    turn,
    directives,
    usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
    deltaCount: deltas?.verb === 'deltas' ? deltas.count : 3,
  };
}

function builtinCall(ctx: ModelContext, directives: Directive[]): ModelOutput['builtin'] {
  for (const d of directives) {
    if (d.verb === 'code' && ctx.tools.some((t) => t.type === 'code_interpreter')) return { type: 'code_interpreter', source: d.source };
    if (d.verb === 'search' && ctx.tools.some((t) => t.type === 'file_search')) return { type: 'file_search', query: d.query };
    if (d.verb === 'websearch' && ctx.tools.some((t) => t.type === 'web_search')) return { type: 'web_search', query: d.query };
    if (d.verb === 'openpage' && ctx.tools.some((t) => t.type === 'web_search')) return { type: 'open_page', url: d.url };
    if (d.verb === 'image' && ctx.tools.some((t) => t.type === 'image_generation')) return { type: 'image_generation', prompt: d.prompt };
    if (d.verb === 'shell' && ctx.tools.some((t) => t.type === 'shell')) return { type: 'shell', commands: d.commands };
    if (d.verb === 'mcp' && ctx.tools.some((t) => t.type === 'mcp' && t.serverLabel === d.label)) return { type: 'mcp', label: d.label, tool: d.tool, arguments: d.arguments };
  }
  return null;
}

function decide(ctx: ModelContext, directives: Directive[], userText: string, hash: string): ModelTurn {
  const calls = directives.flatMap((d) => (d.verb === 'call' ? [{ name: d.name, arguments: d.arguments }] : []));
  if (calls.length) return { kind: 'tool_calls', calls };
  for (const d of directives) {
    if (d.verb === 'fail') return { kind: 'failed', code: d.code, message: d.message ?? FAIL_MESSAGES[d.code] ?? 'Sorry, something went wrong.' };
    if (d.verb === 'expire') return { kind: 'expired' };
    if (d.verb === 'refuse') return { kind: 'refusal', text: d.text ?? "I'm sorry, but I can't help with that." };
  }
  const said = directives.find((d) => d.verb === 'say');
  const outputs = ctx.turns.filter((t) => t.kind === 'tool_output').map((t) => (t.kind === 'tool_output' ? t.output.output : ''));
  const base = said?.verb === 'say' ? said.text : outputs.length ? `Tool results: ${outputs.join('; ')}.` : `You said: ${userText || '(nothing)'}.`;
  const text = `${base} [ctx ${hash}]`;
  const incomplete = directives.find((d) => d.verb === 'incomplete');
  if (incomplete?.verb === 'incomplete') return { kind: 'message', text: text.slice(0, Math.max(1, Math.floor(text.length / 2))), incomplete: incomplete.reason };
  if (ctx.maxOutputTokens !== null && countTokens(text) > ctx.maxOutputTokens) {
    return { kind: 'message', text: text.slice(0, ctx.maxOutputTokens * 4), incomplete: 'max_completion_tokens' };
  }
  return { kind: 'message', text, incomplete: null };
}

/** Splits text into exactly `n` non-empty deltas (fewer only when the text is shorter than `n`). */
export function splitDeltas(text: string, n: number): string[] {
  const count = Math.min(Math.max(1, Math.floor(n)), Math.max(1, text.length));
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(text.slice(Math.floor((i * text.length) / count), Math.floor(((i + 1) * text.length) / count)));
  return out;
}
