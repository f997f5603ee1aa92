/**
 * `tool_choice` applied to what the model chose, the same way under both APIs: `none` asks the
 * model again without call directives and without tools; `required` calls the first declared
 * function and a named function calls that one (with `{}`) when the model would have answered.
 */
import type { ModelContext } from './context.ts';
import { generate, type ModelTurn } from './generate.ts';

export type ToolChoiceMode = { kind: 'auto' } | { kind: 'none' } | { kind: 'required' } | { kind: 'function'; name: string };

export function applyToolChoice(ctx: ModelContext, turn: ModelTurn, mode: ToolChoiceMode, functions: readonly string[]): ModelTurn {
  if (mode.kind === 'none' && turn.kind === 'tool_calls') {
    const turns = ctx.turns.map((t) =>
      t.kind === 'message' && t.message.role === 'user' ? { ...t, message: { ...t.message, parts: t.message.parts.map((p) => (p.type === 'text' ? { ...p, text: p.text.replace(/\[\[oaic:call[^\]]*\]\]/g, '') } : p)) } } : t,
    );
    return generate({ ...ctx, turns, tools: [] }).turn;
  }
  const forced = mode.kind === 'function' ? mode.name : mode.kind === 'required' ? functions[0] : undefined;
  if (forced !== undefined && turn.kind === 'message') return { kind: 'tool_calls', calls: [{ name: forced, arguments: '{}' }] };
  return turn;
}
