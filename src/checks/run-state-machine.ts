/**
 * Run state machine (Assistants): every observation of a run — polled reads, list pages, cancel
 * and submit responses, streamed run events — grouped by run id in traffic order, checked against
 * the lifecycle table in run-states.ts, plus the fields each status allows.
 */
import type { Traffic } from '../traffic/types.ts';
import { defineCheck } from './check.ts';
import { num, sightings, type Json, type Sighting } from './observe.ts';
import { asQuirk } from './quirks.ts';
import { isRunStatus, legalStep, RUN_EVENT_STATUS, RUN_FIELD_PRESENCE, TERMINAL_RUN_STATUSES, type Presence, type RunField, type RunStatus } from './run-states.ts';
import { violation, type Violation, type Where } from './violation.ts';

export type RunStateRule =
  | 'RUN_UNKNOWN_STATUS'
  | 'RUN_ILLEGAL_TRANSITION'
  | 'RUN_TERMINAL_LEFT'
  | 'RUN_EVENT_STATUS_MISMATCH'
  | 'RUN_REQUIRED_ACTION_MISPLACED'
  | 'RUN_LAST_ERROR_MISPLACED'
  | 'RUN_INCOMPLETE_DETAILS_MISPLACED'
  | 'RUN_USAGE_MISPLACED'
  | 'RUN_TIMESTAMP_MISPLACED'
  | 'RUN_TIMESTAMP_ORDER';

const FIELD_RULE: Record<RunField, RunStateRule> = {
  required_action: 'RUN_REQUIRED_ACTION_MISPLACED',
  last_error: 'RUN_LAST_ERROR_MISPLACED',
  incomplete_details: 'RUN_INCOMPLETE_DETAILS_MISPLACED',
  usage: 'RUN_USAGE_MISPLACED',
  completed_at: 'RUN_TIMESTAMP_MISPLACED',
  failed_at: 'RUN_TIMESTAMP_MISPLACED',
  cancelled_at: 'RUN_TIMESTAMP_MISPLACED',
};

/** Timestamp pairs that must be ordered (`a <= b`, or `a < b` when strict), when both are set. */
const TIMESTAMP_ORDER: readonly { a: string; b: string; strict: boolean }[] = [
  { a: 'created_at', b: 'started_at', strict: false },
  { a: 'started_at', b: 'completed_at', strict: false },
  { a: 'started_at', b: 'failed_at', strict: false },
  { a: 'created_at', b: 'cancelled_at', strict: false },
  { a: 'created_at', b: 'expires_at', strict: true },
];

type V = Violation<RunStateRule>;

const whereOf = (s: Sighting, source: string, path?: string): Where => {
  const w: Where = { source, exchange: s.exchange, scope: `run:${String(s.value['id'])}`, path: path ?? s.path };
  if (s.event !== undefined) w.event = s.event;
  return w;
};

function checkFields(run: Json, status: RunStatus, where: (p: string) => Where, out: V[]): void {
  const v1 = 'file_ids' in run;
  for (const [field, table] of Object.entries(RUN_FIELD_PRESENCE) as [RunField, Record<RunStatus, Presence>][]) {
    const want = table[status];
    const has = run[field] !== null && run[field] !== undefined;
    if (want === 'allowed' || (want === 'required') === has) continue;
    let v = violation(FIELD_RULE[field], where(`$.${field}`), run[field] ?? null, want === 'required' ? 'non-null' : 'null', `Run in status "${status}" ${want === 'required' ? 'lacks' : 'carries'} ${field}`);
    if (v1 && field === 'incomplete_details' && status === 'completed') v = asQuirk(v, 'v1-completed-run-incomplete-details');
    out.push(v);
  }
  for (const { a, b, strict } of TIMESTAMP_ORDER) {
    const ta = num(run[a]);
    const tb = num(run[b]);
    if (ta === undefined || tb === undefined) continue;
    if (strict ? ta < tb : ta <= tb) continue;
    out.push(violation('RUN_TIMESTAMP_ORDER', where(`$.${b}`), { [a]: ta, [b]: tb }, `${a} ${strict ? '<' : '<='} ${b}`, `Run ${b} (${tb}) is not ${strict ? 'after' : 'at or after'} ${a} (${ta})`));
  }
}

export function checkRunStates(traffic: Traffic): V[] {
  const out: V[] = [];
  const last = new Map<string, { status: RunStatus; s: Sighting }>();
  for (const s of sightings(traffic, 'thread.run')) {
    const id = typeof s.value['id'] === 'string' ? s.value['id'] : '?';
    const status = s.value['status'];
    const where = (p?: string) => whereOf(s, traffic.source, p);
    if (s.eventName) {
      const want = RUN_EVENT_STATUS[s.eventName];
      if (want && want !== status) {
        const v = violation<RunStateRule>('RUN_EVENT_STATUS_MISMATCH', where('$.status'), status, want, `Event ${s.eventName} carries a run in status "${String(status)}"`);
        out.push(s.eventName === 'thread.run.completed' && status === 'incomplete' ? asQuirk(v, 'run-completed-event-incomplete-status') : v);
      }
    }
    if (!isRunStatus(status)) {
      out.push(violation('RUN_UNKNOWN_STATUS', where('$.status'), status, 'a RunObject.status', `Run has unknown status ${JSON.stringify(status)}`));
      continue;
    }
    checkFields(s.value, status, where, out);
    const prev = last.get(id);
    if (prev && !legalStep(prev.status, status, prev.s.exchange === s.exchange && s.event !== undefined && prev.s.event !== undefined)) {
      const terminal = TERMINAL_RUN_STATUSES.includes(prev.status);
      out.push(violation(terminal ? 'RUN_TERMINAL_LEFT' : 'RUN_ILLEGAL_TRANSITION', where('$.status'), `${prev.status} → ${status}`, terminal ? `${prev.status} (terminal) stays` : 'a lifecycle edge', terminal ? `Run left terminal status "${prev.status}" for "${status}"` : `Run went from "${prev.status}" to "${status}", which the lifecycle does not allow`));
    }
    last.set(id, { status, s });
  }
  return out;
}

export const runStateMachine = defineCheck({
  id: 'run-state-machine',
  description: 'Run statuses follow the lifecycle across polled reads and streamed events; fields match each status',
  run: (traffic) => checkRunStates(traffic),
});
