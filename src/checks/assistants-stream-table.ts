/**
 * The Assistants run-stream language as DATA. The spec declares no streaming operation for the
 * Assistants API; this is written from the AssistantStreamEvent table, the spec's example orders
 * and the real streams in ../shared/corpus (docs/discoveries/assistants-stream-order.md).
 *
 * Each event belongs to one scope (run, step, message keyed by object id; thread; error; done).
 * Each scope has its own machine: state = suffix of the last event seen (`start` before any), and
 * the table lists the suffixes that may follow. `resumed` is the state of an object first met in a
 * stream resumed by submit_tool_outputs (created in an earlier stream that is not in the traffic).
 */
export type AssistantScope = 'thread' | 'run' | 'step' | 'message' | 'error' | 'done';

export const ASSISTANT_EVENT_SCOPE: Readonly<Record<string, AssistantScope>> = {
  'thread.created': 'thread',
  ...Object.fromEntries(['created', 'queued', 'in_progress', 'requires_action', 'completed', 'incomplete', 'failed', 'cancelling', 'cancelled', 'expired'].map((s) => [`thread.run.${s}`, 'run'])),
  ...Object.fromEntries(['created', 'in_progress', 'delta', 'completed', 'failed', 'cancelled', 'expired'].map((s) => [`thread.run.step.${s}`, 'step'])),
  ...Object.fromEntries(['created', 'in_progress', 'delta', 'completed', 'incomplete'].map((s) => [`thread.message.${s}`, 'message'])),
  error: 'error',
  done: 'done',
};

/** Event name without its scope prefix: `thread.run.step.delta` → `delta`. */
export const suffixOf = (event: string): string => event.slice(event.lastIndexOf('.') + 1);

export type Machine = Readonly<Record<string, readonly string[]>>;

export const RUN_STREAM_MACHINE: Machine = {
  start: ['created'],
  resumed: ['queued', 'in_progress', 'cancelling', 'cancelled', 'failed', 'expired'],
  created: ['queued', 'in_progress', 'failed', 'cancelling', 'cancelled', 'expired'],
  queued: ['in_progress', 'failed', 'cancelling', 'cancelled', 'expired'],
  in_progress: ['requires_action', 'completed', 'incomplete', 'failed', 'cancelling', 'cancelled', 'expired'],
  requires_action: ['queued', 'in_progress', 'cancelling', 'cancelled', 'failed', 'expired'],
  cancelling: ['cancelled', 'completed', 'failed', 'expired', 'incomplete'],
  completed: [], incomplete: [], failed: [], cancelled: [], expired: [],
};

export const STEP_STREAM_MACHINE: Machine = {
  start: ['created'],
  resumed: ['in_progress', 'delta', 'completed', 'failed', 'cancelled', 'expired'],
  created: ['in_progress', 'delta', 'completed', 'failed', 'cancelled', 'expired'],
  in_progress: ['delta', 'completed', 'failed', 'cancelled', 'expired'],
  delta: ['delta', 'completed', 'failed', 'cancelled', 'expired'],
  completed: [], failed: [], cancelled: [], expired: [],
};

export const MESSAGE_STREAM_MACHINE: Machine = {
  start: ['created'],
  resumed: ['in_progress', 'delta', 'completed', 'incomplete'],
  created: ['in_progress', 'completed', 'incomplete'],
  in_progress: ['delta', 'completed', 'incomplete'],
  delta: ['delta', 'completed', 'incomplete'],
  completed: [], incomplete: [],
};

export const SCOPE_MACHINE: Readonly<Record<'run' | 'step' | 'message', Machine>> = { run: RUN_STREAM_MACHINE, step: STEP_STREAM_MACHINE, message: MESSAGE_STREAM_MACHINE };

/** The `status` the data must carry for each step/message event (run events: run-states.ts). */
export const SCOPE_EVENT_STATUS: Readonly<Record<'step' | 'message', Readonly<Record<string, string>>>> = {
  step: { created: 'in_progress', in_progress: 'in_progress', completed: 'completed', failed: 'failed', cancelled: 'cancelled', expired: 'expired' },
  message: { created: 'in_progress', in_progress: 'in_progress', completed: 'completed', incomplete: 'incomplete' },
};

/** The run states in which step and message events may occur; the resumed stream completes the tool step while the run still requires action. */
export const ACTIVE_RUN_STATES: Readonly<Record<'step' | 'message', readonly string[]>> = {
  step: ['in_progress', 'cancelling', 'requires_action', 'resumed'],
  message: ['in_progress', 'cancelling', 'resumed'],
};

/** Run event suffixes after which the stream must end (only `done` may follow). */
export const RUN_STREAM_ENDINGS: readonly string[] = ['requires_action', 'completed', 'incomplete', 'failed', 'cancelled', 'expired'];

/** Run endings after which every step and message of the run must be terminal (`requires_action`: messages only). */
export const CLOSING_RUN_STATES: Readonly<Record<string, readonly ('step' | 'message')[]>> = {
  completed: ['step', 'message'],
  incomplete: ['step', 'message'],
  requires_action: ['message'],
};
