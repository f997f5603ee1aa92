/**
 * Run steps (`thread.run.step`): message_creation and tool_calls, in the field order of the
 * service's objects. Steps carry the run's `expires_at` deadline, `usage` once they are done.
 */
import { notFound } from '../errors.ts';
import type { Namespace } from '../store.ts';
import type { RunRecord, Usage } from './run.ts';
import { usageOf } from './run.ts';

export type StepStatus = 'in_progress' | 'cancelled' | 'failed' | 'completed' | 'expired';

export type CodeOutput = { type: 'logs'; logs: string } | { type: 'image'; image: { file_id: string } };

export type StepToolCall =
  | { id: string; type: 'function'; function: { name: string; arguments: string; output: string | null } }
  | { id: string; type: 'code_interpreter'; code_interpreter: { input: string; outputs: CodeOutput[] } }
  | { id: string; type: 'file_search'; file_search: { ranking_options: { ranker: string; score_threshold: number }; results: FileSearchResult[] } };

export interface FileSearchResult {
  file_id: string;
  file_name: string;
  score: number;
  content?: { type: 'text'; text: string }[];
}

export type StepDetails = { type: 'message_creation'; message_creation: { message_id: string } } | { type: 'tool_calls'; tool_calls: StepToolCall[] };

export interface RunStepObject {
  id: string;
  object: 'thread.run.step';
  created_at: number;
  run_id: string;
  assistant_id: string;
  thread_id: string;
  type: StepDetails['type'];
  status: StepStatus;
  cancelled_at: number | null;
  completed_at: number | null;
  expires_at: number | null;
  failed_at: number | null;
  last_error: { code: string; message: string } | null;
  step_details: StepDetails;
  usage: Usage | null;
}

export const steps = (ns: Namespace) => ns.collection<RunStepObject>('run_steps');

export function getStep(ns: Namespace, run: RunRecord, stepId: string): RunStepObject {
  const s = steps(ns).get(stepId);
  if (!s || s.run_id !== run.object.id) throw notFound('run step', stepId);
  return s;
}

export function newStep(ns: Namespace, run: RunRecord, details: StepDetails): RunStepObject {
  const s: RunStepObject = {
    id: ns.ids.next('step_'),
    object: 'thread.run.step',
    created_at: ns.clock.tick(),
    run_id: run.object.id,
    assistant_id: run.object.assistant_id,
    thread_id: run.object.thread_id,
    type: details.type,
    status: 'in_progress',
    cancelled_at: null,
    completed_at: null,
    expires_at: run.deadline,
    failed_at: null,
    last_error: null,
    step_details: details,
    usage: null,
  };
  steps(ns).set(s.id, s);
  run.stepIds.push(s.id);
  return s;
}

const STAMP: Partial<Record<StepStatus, 'completed_at' | 'cancelled_at' | 'failed_at'>> = { completed: 'completed_at', cancelled: 'cancelled_at', failed: 'failed_at' };

/** Ends a step; usage counts toward the run's total. */
export function finishStep(ns: Namespace, run: RunRecord, s: RunStepObject, status: Exclude<StepStatus, 'in_progress'>, usage: { prompt: number; completion: number } | null, error: { code: string; message: string } | null = null): void {
  s.status = status;
  const stamp = STAMP[status];
  if (stamp) s[stamp] = ns.clock.tick();
  s.last_error = error;
  if (usage) {
    s.usage = usageOf(usage.prompt, usage.completion);
    run.usage.prompt += usage.prompt;
    run.usage.completion += usage.completion;
  }
}

/** Steps of a run with the `include[]` view applied (file_search result content only on request). */
export function stepView(s: RunStepObject, include: readonly string[]): RunStepObject {
  const copy = structuredClone(s);
  if (copy.step_details.type === 'tool_calls' && !include.includes('step_details.tool_calls[*].file_search.results[*].content')) {
    for (const c of copy.step_details.tool_calls) if (c.type === 'file_search') for (const r of c.file_search.results) delete r.content;
  }
  return copy;
}
