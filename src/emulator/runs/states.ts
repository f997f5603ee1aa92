/**
 * The run state machine as data. Each action names the statuses it may leave and where it goes;
 * the engine (engine.ts) only calls `transition`, never sets a status by hand. The service's
 * documentation lists the statuses; the transitions are the ones its streams and polls show
 * (../shared/corpus) and the deep dive describes.
 */
export const RUN_STATUSES = ['queued', 'in_progress', 'requires_action', 'cancelling', 'cancelled', 'failed', 'completed', 'incomplete', 'expired'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export type RunAction = 'start' | 'complete' | 'truncate' | 'fail' | 'require_tools' | 'submit_tools' | 'cancel' | 'confirm_cancel' | 'win_cancel_race' | 'expire';

export const TRANSITIONS: Readonly<Record<RunAction, Partial<Record<RunStatus, RunStatus>>>> = {
  start: { queued: 'in_progress' },
  complete: { in_progress: 'completed' },
  truncate: { in_progress: 'incomplete' },
  fail: { in_progress: 'failed' },
  require_tools: { in_progress: 'requires_action' },
  submit_tools: { requires_action: 'queued' },
  cancel: { queued: 'cancelling', in_progress: 'cancelling', requires_action: 'cancelling' },
  confirm_cancel: { cancelling: 'cancelled' },
  /** Known issue 10: the run finishes while the cancel is in flight. */
  win_cancel_race: { cancelling: 'completed' },
  expire: { queued: 'expired', in_progress: 'expired', requires_action: 'expired', cancelling: 'expired' },
};

export const TERMINAL: ReadonlySet<RunStatus> = new Set(['cancelled', 'failed', 'completed', 'incomplete', 'expired']);
/** Statuses that lock the thread (cancelling included). */
export const ACTIVE: ReadonlySet<RunStatus> = new Set(['queued', 'in_progress', 'requires_action', 'cancelling']);

/** The timestamp field each status stamps when it is entered. */
export const STAMPS: Partial<Record<RunStatus, 'started_at' | 'completed_at' | 'failed_at' | 'cancelled_at'>> = {
  in_progress: 'started_at',
  completed: 'completed_at',
  incomplete: 'completed_at',
  failed: 'failed_at',
  cancelled: 'cancelled_at',
};

export function canTransition(from: RunStatus, action: RunAction): boolean {
  return TRANSITIONS[action][from] !== undefined;
}

/** The next status, or null when the action is not allowed from `from`. */
export function nextStatus(from: RunStatus, action: RunAction): RunStatus | null {
  return TRANSITIONS[action][from] ?? null;
}

export const isTerminal = (s: RunStatus): boolean => TERMINAL.has(s);
