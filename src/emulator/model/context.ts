/**
 * The normalized context the emulator's model sees. Both APIs build one: Assistants from the
 * assistant + thread messages + run overrides (+ tool outputs), Responses from instructions +
 * conversation items + input. The same context gives the same reply under both APIs; that is
 * what makes the migration-parity property checkable.
 */
export type ContextPart =
  | { type: 'text'; text: string }
  /** An image by reference: `file:<file_id>` or `url:<url>`; detail is not part of equality. */
  | { type: 'image'; ref: string }
  | { type: 'file'; ref: string };

export interface ContextMessage {
  role: 'user' | 'assistant' | 'system' | 'developer';
  parts: ContextPart[];
}

export interface ContextToolCall {
  callId: string;
  name: string;
  arguments: string;
}

export interface ContextToolOutput {
  callId: string;
  output: string;
}

/** A transcript turn: a message, a tool call the model made, or a tool output. */
export type ContextTurn =
  | { kind: 'message'; message: ContextMessage }
  | { kind: 'tool_call'; call: ContextToolCall }
  | { kind: 'tool_output'; output: ContextToolOutput };

export type ContextTool =
  | { type: 'function'; name: string; parameters?: unknown }
  | { type: 'file_search'; vectorStoreIds: string[] }
  | { type: 'code_interpreter' }
  | { type: 'web_search' }
  | { type: 'image_generation' }
  | { type: 'mcp'; serverLabel: string }
  | { type: 'shell' };

export interface ModelContext {
  model: string;
  instructions: string | null;
  turns: ContextTurn[];
  tools: ContextTool[];
  /** `max_completion_tokens` / `max_output_tokens`, when set. */
  maxOutputTokens: number | null;
}

/** Canonical text of a context: used for the reply hash and for token counts. */
export function canonicalContext(ctx: ModelContext): string {
  return JSON.stringify({
    model: ctx.model,
    instructions: ctx.instructions ?? '',
    turns: ctx.turns.map((t) =>
      t.kind === 'message'
        ? ['m', t.message.role === 'developer' ? 'system' : t.message.role, t.message.parts.map((p) => (p.type === 'text' ? ['t', p.text] : [p.type[0], p.ref]))]
        : t.kind === 'tool_call'
          ? ['c', t.call.name, t.call.arguments]
          : ['o', t.output.output],
    ),
  });
}

/** Deterministic token estimate: ceil(chars / 4), at least 1. */
export const countTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));
