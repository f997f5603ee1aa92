/**
 * The `reasoning` object a Response echoes, by the rule the real 2026 traffic shows
 * (docs/discoveries/responses-streams.md, "reasoning echo"): non-reasoning models answer
 * `{context: null, effort: null, summary: null}`; reasoning models answer the effective
 * `{context, effort, mode, summary}`, where `context` omitted or `auto` is `all_turns` for the
 * gpt-5.6 family and `current_turn` for earlier models (the spec's Reasoning.context), and `mode`
 * defaults to `standard`. Key order as the service sends it.
 */
import { badRequest } from '../errors.ts';
import { emitsReasoningText, isReasoningModel } from '../models/reasoning.ts';
import { invalidValue, typeName, type Json } from '../conversations/items.ts';

export type ReasoningEcho =
  | { context: string; effort: string; mode: string; summary: string | null }
  | { context: null; effort: null; summary: null };

const CONTEXTS = ['auto', 'current_turn', 'all_turns'] as const;

const defaultContext = (model: string): string => (/^gpt-5\.6/.test(model) ? 'all_turns' : 'current_turn');

/** `r` is the request's `reasoning` object; effort and summary are already validated. */
export function reasoningEcho(model: string, r: Json, effort: string, summary: string | null): ReasoningEcho {
  const context = r['context'] ?? null;
  if (context !== null && !(CONTEXTS as readonly string[]).includes(String(context))) throw invalidValue('reasoning.context', context, CONTEXTS);
  const mode = r['mode'] ?? null;
  if (mode !== null && typeof mode !== 'string') {
    throw badRequest(`Invalid type for 'reasoning.mode': expected a string, but got ${typeName(mode)} instead.`, 'reasoning.mode', 'invalid_type');
  }
  if (!isReasoningModel(model) && !emitsReasoningText(model)) return { context: null, effort: null, summary: null };
  return { context: context === null || context === 'auto' ? defaultContext(model) : String(context), effort, mode: mode ?? 'standard', summary };
}
