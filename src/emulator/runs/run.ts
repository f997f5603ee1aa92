/**
 * The run object (wire shape and field order of the service's current runs) and the record the
 * emulator keeps beside it. Runs inherit model, instructions, tools, tool_resources and sampling
 * from the assistant unless the request overrides them.
 */
import { badRequest, notFound } from '../errors.ts';
import type { Namespace } from '../store.ts';
import type { AssistantTool, ToolResources } from '../assistants/tools.ts';
import type { ContextToolCall, ContextToolOutput } from '../model/context.ts';
import type { RunStatus } from './states.ts';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_token_details: { cached_tokens: number };
  completion_tokens_details: { reasoning_tokens: number };
}

export interface RequiredToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface RunObject {
  id: string;
  object: 'thread.run';
  created_at: number;
  assistant_id: string;
  thread_id: string;
  status: RunStatus;
  started_at: number | null;
  expires_at: number | null;
  cancelled_at: number | null;
  failed_at: number | null;
  completed_at: number | null;
  required_action: { type: 'submit_tool_outputs'; submit_tool_outputs: { tool_calls: RequiredToolCall[] } } | null;
  last_error: { code: string; message: string } | null;
  model: string;
  instructions: string | null;
  tools: AssistantTool[];
  tool_resources: ToolResources;
  metadata: Record<string, string>;
  temperature: number | null;
  top_p: number | null;
  reasoning_effort: string | null;
  max_completion_tokens: number | null;
  max_prompt_tokens: number | null;
  truncation_strategy: { type: 'auto' | 'last_messages'; last_messages: number | null };
  incomplete_details: { reason: string } | null;
  usage: Usage | null;
  response_format: unknown;
  tool_choice: unknown;
  parallel_tool_calls: boolean;
}

export interface RunRecord {
  object: RunObject;
  /** `created_at + 600`: when an active run expires. */
  deadline: number;
  additionalInstructions: string | null;
  stepIds: string[];
  /** Tool calls and outputs of this run, in order: they enter the model context. */
  toolTurns: ({ kind: 'tool_call'; call: ContextToolCall } | { kind: 'tool_output'; output: ContextToolOutput })[];
  /** Retrieves left before an in_progress polled run finishes (`delay` directive). */
  pollsLeft: number;
  /** Set after the first model decision, so `delay` counts once. */
  planned: boolean;
  /** The tool_calls step waiting for outputs, with the usage it will report when completed. */
  pendingToolStep: { stepId: string; prompt: number; completion: number } | null;
  /** Accumulated usage of the run's steps. */
  usage: { prompt: number; completion: number };
  /** Fault switches captured at creation (the run keeps them when it progresses later). */
  faults: ReadonlySet<string>;
  /** `include[]` of the creating request (file_search result content). */
  include: readonly string[];
}

export const runs = (ns: Namespace) => ns.collection<RunRecord>('runs');

export function getRun(ns: Namespace, threadId: string, runId: string): RunRecord {
  const r = runs(ns).get(runId);
  if (!r || r.object.thread_id !== threadId) throw notFound('run', runId);
  return r;
}

export const usageOf = (prompt: number, completion: number): Usage => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: prompt + completion,
  prompt_token_details: { cached_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 0 },
});

/** `Thread thread_… already has an active run run_….` */
export const threadBusy = (threadId: string, runId: string) => badRequest(`Thread ${threadId} already has an active run ${runId}.`);

/** Deep copy of the wire object (stream events carry snapshots). */
export const runSnapshot = (r: RunRecord): RunObject => structuredClone(r.object);
