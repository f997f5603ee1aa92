/**
 * What one flow (Assistants or Responses) observed for one parity scenario, normalised so the
 * two can be compared per dimension. Built by the flows from the SDK's objects and stream events.
 */
export type Side = 'assistants' | 'responses';

export interface ToolCallObservation {
  name: string;
  arguments: string;
}

export interface CitationObservation {
  type: 'file_citation' | 'file_path';
  fileId: string;
}

export interface FlowObservation {
  side: Side;
  /** Final assistant text (all text parts of the final message(s), joined); null when none. */
  finalText: string | null;
  /** Function calls the model asked for, in order, across the tool loop. */
  toolCalls: ToolCallObservation[];
  /** Hosted tool calls (code interpreter, file search) by kind, in order. */
  hostedCalls: string[];
  citations: CitationObservation[];
  /** Run status (`completed`, `requires_action`, …) or response status. */
  finalStatus: string;
  usage: { input: number; output: number; total: number } | null;
  /** Stream event types, in order (all rounds of the tool loop). */
  events: string[];
  latencyMs: number;
  /** Ids of what was created (assistant, thread, run / conversation, response). */
  objects: Record<string, string>;
  error: string | null;
}
