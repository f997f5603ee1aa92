/**
 * Moves runs through the state table (states.ts). `advance` performs one move and returns the
 * stream events it produced; polled runs call it once per retrieve, streams call `settle` until
 * the run is terminal, waits for tool outputs, or stalls. Both paths run the same code, so a
 * polled run and a streamed run of the same context end in the same state.
 */
import { HarnessError } from '../../errors/harness-error.ts';
import type { Namespace } from '../store.ts';
import { messageEventWire } from '../threads/message.ts';
import { getThread, messages } from '../threads/thread.ts';
import { runSnapshot, usageOf, type RunRecord } from './run.ts';
import { ACTIVE, STAMPS, isTerminal, nextStatus, type RunAction, type RunStatus } from './states.ts';
import { finishStep, steps } from './steps.ts';
import { doWork } from './work.ts';

export interface RunEvent {
  event: string;
  data: unknown;
  /** Pause before this event when streamed (`delay` directive). */
  delayMs?: number;
}

export type Mode = 'poll' | 'stream';

/** Applies an action from the table; throws when the table does not allow it (an emulator bug). */
export function transition(ns: Namespace, run: RunRecord, action: RunAction): RunEvent {
  const from = run.object.status;
  const to = nextStatus(from, action);
  if (to === null) throw new HarnessError('INTERNAL', `Failed to ${action} run ${run.object.id}: not allowed from status '${from}'.`, { hint: 'This is an emulator bug; report it with the scenario id.' });
  const o = run.object;
  o.status = to;
  const stamp = STAMPS[to];
  if (stamp && (stamp !== 'started_at' || o.started_at === null)) o[stamp] = ns.clock.now();
  if (to !== 'requires_action') o.required_action = null;
  if (isTerminal(to)) {
    o.expires_at = null;
    o.usage = usageOf(run.usage.prompt, run.usage.completion);
    const thread = getThread(ns, o.thread_id);
    if (thread.activeRunId === o.id) thread.activeRunId = null;
  }
  return { event: `thread.run.${to}`, data: runSnapshot(run) };
}

/** Ends every unfinished step (and the message it was writing) with the status of the run's end. */
function closeSteps(ns: Namespace, run: RunRecord, status: 'cancelled' | 'expired'): RunEvent[] {
  const out: RunEvent[] = [];
  for (const id of run.stepIds) {
    const s = steps(ns).get(id);
    if (s?.status !== 'in_progress') continue;
    const m = s.step_details.type === 'message_creation' ? messages(ns).get(s.step_details.message_creation.message_id) : undefined;
    if (m?.status === 'in_progress') {
      Object.assign(m, { status: 'incomplete', incomplete_details: { reason: `run_${status}` }, incomplete_at: ns.clock.tick() });
      out.push({ event: 'thread.message.incomplete', data: messageEventWire(m) });
    }
    finishStep(ns, run, s, status, null);
    out.push({ event: `thread.run.step.${status}`, data: structuredClone(s) });
  }
  return out;
}

export function expireRun(ns: Namespace, run: RunRecord): RunEvent[] {
  return [...closeSteps(ns, run, 'expired'), transition(ns, run, 'expire')];
}

type Handler = (ns: Namespace, run: RunRecord, mode: Mode) => RunEvent[];

/** What one advance does, per status: data, like the transitions. */
const ON_ADVANCE: Readonly<Record<RunStatus, Handler>> = {
  queued: (ns, run) => [transition(ns, run, 'start')],
  in_progress: (ns, run, mode) => doWork(ns, run, mode),
  requires_action: () => [],
  cancelling: (ns, run, mode) => (run.faults.has(CANCEL_RACE_FAULT) ? doWork(ns, run, mode) : [...closeSteps(ns, run, 'cancelled'), transition(ns, run, 'confirm_cancel')]),
  cancelled: () => [],
  failed: () => [],
  completed: () => [],
  incomplete: () => [],
  expired: () => [],
};

/** Known issue 10: the run wins the race against a cancel that is already accepted. */
export const CANCEL_RACE_FAULT = 'run-cancel-race';
/** Known issue 10, other side: the run completes just before the cancel arrives. */
export const COMPLETES_BEFORE_CANCEL_FAULT = 'run-completes-before-cancel';

export function advance(ns: Namespace, run: RunRecord, mode: Mode): RunEvent[] {
  if (ACTIVE.has(run.object.status) && ns.clock.now() >= run.deadline) return expireRun(ns, run);
  return ON_ADVANCE[run.object.status](ns, run, mode);
}

/** Advances until nothing more happens without the client: terminal, requires_action or stalled. */
export function settle(ns: Namespace, run: RunRecord, mode: Mode): RunEvent[] {
  const out: RunEvent[] = [];
  for (let i = 0; i < 64; i++) {
    const events = advance(ns, run, mode);
    if (events.length === 0) break;
    out.push(...events);
    if (isTerminal(run.object.status) || run.object.status === 'requires_action') break;
  }
  return out;
}
