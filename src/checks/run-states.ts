/**
 * The Assistants run lifecycle as DATA. The spec lists the statuses (RunObject.status) but no
 * transitions; these edges are the documented lifecycle (platform docs "Run lifecycle") and what
 * the real service streams (../shared/corpus): a direct edge is one the service may take between
 * two consecutive observations of the same stream. Polled reads may skip states, so across
 * exchanges the reachability closure of this table applies.
 */
export const RUN_STATUSES = ['queued', 'in_progress', 'requires_action', 'cancelling', 'cancelled', 'failed', 'completed', 'incomplete', 'expired'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ['cancelled', 'failed', 'completed', 'incomplete', 'expired'];

/** Direct successors of each status (a status may also repeat). Terminal statuses have none. */
export const RUN_TRANSITIONS: Readonly<Record<RunStatus, readonly RunStatus[]>> = {
  queued: ['in_progress', 'requires_action', 'cancelling', 'cancelled', 'failed', 'expired'],
  in_progress: ['requires_action', 'cancelling', 'completed', 'incomplete', 'failed', 'expired', 'cancelled'],
  // submit_tool_outputs puts the run back to queued (the real stream resumes with thread.run.queued).
  requires_action: ['queued', 'in_progress', 'cancelling', 'cancelled', 'failed', 'expired'],
  // A cancel races the model: the run may still finish, fail or expire.
  cancelling: ['cancelled', 'completed', 'failed', 'expired', 'incomplete'],
  cancelled: [],
  failed: [],
  completed: [],
  incomplete: [],
  expired: [],
};

/** Stream event → the status its run object must carry. */
export const RUN_EVENT_STATUS: Readonly<Record<string, RunStatus>> = {
  'thread.run.created': 'queued',
  'thread.run.queued': 'queued',
  'thread.run.in_progress': 'in_progress',
  'thread.run.requires_action': 'requires_action',
  'thread.run.cancelling': 'cancelling',
  'thread.run.cancelled': 'cancelled',
  'thread.run.failed': 'failed',
  'thread.run.completed': 'completed',
  'thread.run.incomplete': 'incomplete',
  'thread.run.expired': 'expired',
};

export type Presence = 'required' | 'forbidden' | 'allowed';

/** Which run fields must be non-null (`required`), null or absent (`forbidden`), or either, per status. */
const only = (yes: readonly RunStatus[], maybe: readonly RunStatus[] = []): Record<RunStatus, Presence> =>
  Object.fromEntries(RUN_STATUSES.map((s) => [s, yes.includes(s) ? 'required' : maybe.includes(s) ? 'allowed' : 'forbidden'])) as Record<RunStatus, Presence>;

export const RUN_FIELD_PRESENCE = {
  required_action: only(['requires_action']),
  // No expired run is in the corpus; the spec does not say whether an expired run carries last_error.
  last_error: only(['failed'], ['expired']),
  incomplete_details: only(['incomplete']),
  // "null if the run is not in a terminal state"; a run cancelled, failed or expired before the
  // model ran has none.
  usage: only(['completed', 'incomplete'], ['cancelled', 'failed', 'expired']),
  completed_at: only(['completed'], ['incomplete', 'cancelling']),
  failed_at: only(['failed']),
  cancelled_at: only(['cancelled']),
} as const satisfies Record<string, Record<RunStatus, Presence>>;

export type RunField = keyof typeof RUN_FIELD_PRESENCE;

export const isRunStatus = (s: unknown): s is RunStatus => typeof s === 'string' && (RUN_STATUSES as readonly string[]).includes(s);

/** Statuses reachable from `from` in one or more steps (itself included). */
export function reachable(from: RunStatus): ReadonlySet<RunStatus> {
  const seen = new Set<RunStatus>([from]);
  const todo: RunStatus[] = [from];
  while (todo.length) for (const n of RUN_TRANSITIONS[todo.pop() as RunStatus]) if (!seen.has(n)) seen.add(n), todo.push(n);
  return seen;
}

const CLOSURE = Object.fromEntries(RUN_STATUSES.map((s) => [s, reachable(s)])) as Record<RunStatus, ReadonlySet<RunStatus>>;

export function legalStep(from: RunStatus, to: RunStatus, direct: boolean): boolean {
  if (from === to) return true;
  return direct ? RUN_TRANSITIONS[from].includes(to) : CLOSURE[from].has(to);
}
