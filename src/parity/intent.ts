/**
 * A parity scenario written once, as an intent: what the user asks, with which tools and files,
 * and what should happen. The runner (runner.ts) plays it through an Assistants flow and a
 * Responses flow and compares what both observed.
 */
import type { Dimension } from './verdict.ts';

export type ParityTool =
  | { type: 'function'; name: string; description?: string; parameters?: Record<string, unknown>; /** What the tool returns when called. */ output: string }
  | { type: 'file_search' }
  | { type: 'code_interpreter' };

export interface ParityIntent {
  /** `parity.<name>` */
  id: string;
  title: string;
  /** The feature this exercises, for the per-feature report (text, history, function-calling, file-search, …). */
  feature: string;
  model?: string;
  instructions?: string;
  /** Earlier turns: thread messages on one side, converted conversation items on the other. */
  history?: readonly { role: 'user' | 'assistant'; text: string }[];
  ask: string;
  tools?: readonly ParityTool[];
  /** Files uploaded once and put in one vector store shared by both sides (file_search). */
  files?: readonly { name: string; content: string }[];
  expect: {
    /** The final text should match (both sides; used by the live comparator too). */
    text?: RegExp;
    /** Function tool names the model should call, in order. */
    toolCalls?: readonly string[];
    /** Final run status (the response status is compared through the status map). */
    status?: string;
    /** Dimensions whose verdict must be identical or equivalent for the scenario to pass (default: all but latency). */
    mustMatch?: readonly Dimension[];
  };
}

export const DEFAULT_MODEL = 'gpt-4o-mini';
