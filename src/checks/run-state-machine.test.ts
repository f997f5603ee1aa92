import { describe, expect, it } from 'vitest';
import { checkRunStates, type RunStateRule } from './run-state-machine.ts';
import { RUN_STATUSES, RUN_TRANSITIONS, TERMINAL_RUN_STATUSES, legalStep } from './run-states.ts';
import { stream, traffic } from './testing/build.ts';
import { runObject } from './testing/objects.ts';

const runPath = '/v1/threads/thread_1/runs/run_1';
const poll = (status: Parameters<typeof runObject>[1], o = {}) => ({ path: runPath, body: runObject('run_1', status, o) });
const rules = (t: ReturnType<typeof traffic>) => checkRunStates(t).filter((v) => v.severity === 'error').map((v) => v.rule);
const fires = (rule: RunStateRule, t: ReturnType<typeof traffic>) => expect(rules(t)).toContain(rule);

describe('run-states table', () => {
  it('terminal statuses have no successors and every status is reachable from queued', () => {
    for (const s of TERMINAL_RUN_STATUSES) expect(RUN_TRANSITIONS[s]).toEqual([]);
    for (const s of RUN_STATUSES) expect(legalStep('queued', s, false)).toBe(true);
  });
  it('closure allows skipped states across polls but direct steps do not', () => {
    expect(legalStep('queued', 'completed', false)).toBe(true);
    expect(legalStep('queued', 'completed', true)).toBe(false);
    expect(legalStep('cancelling', 'in_progress', false)).toBe(false);
  });
});

describe('run-state-machine', () => {
  it('accepts a polled run queued → in_progress → requires_action → queued → completed', () => {
    expect(checkRunStates(traffic(poll('queued'), poll('in_progress'), poll('requires_action'), { method: 'POST', path: `${runPath}/submit_tool_outputs`, body: runObject('run_1', 'queued') }, poll('completed')))).toEqual([]);
  });
  it('accepts a polled run that skips states between reads', () => {
    expect(rules(traffic(poll('queued'), poll('completed')))).toEqual([]);
  });
  it('RUN_TERMINAL_LEFT: completed then in_progress', () => fires('RUN_TERMINAL_LEFT', traffic(poll('completed'), poll('in_progress'))));
  it('RUN_ILLEGAL_TRANSITION: cancelling back to in_progress', () => fires('RUN_ILLEGAL_TRANSITION', traffic(poll('cancelling'), poll('in_progress'))));
  it('RUN_ILLEGAL_TRANSITION: a streamed run may not jump queued → completed', () => {
    const ev = (e: string, s: Parameters<typeof runObject>[1]) => ({ event: e, data: runObject('run_1', s) });
    fires('RUN_ILLEGAL_TRANSITION', traffic(stream('/v1/threads/thread_1/runs', [ev('thread.run.created', 'queued'), ev('thread.run.completed', 'completed')])));
  });
  it('RUN_UNKNOWN_STATUS', () => fires('RUN_UNKNOWN_STATUS', traffic(poll('queued', { status: 'paused' }))));
  it('RUN_EVENT_STATUS_MISMATCH: thread.run.in_progress carrying queued', () =>
    fires('RUN_EVENT_STATUS_MISMATCH', traffic(stream('/v1/threads/thread_1/runs', [{ event: 'thread.run.in_progress', data: runObject('run_1', 'queued') }]))));
  it('RUN_REQUIRED_ACTION_MISPLACED both ways', () => {
    fires('RUN_REQUIRED_ACTION_MISPLACED', traffic(poll('requires_action', { required_action: null })));
    fires('RUN_REQUIRED_ACTION_MISPLACED', traffic(poll('in_progress', { required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: [] } } })));
  });
  it('RUN_LAST_ERROR_MISPLACED', () => {
    fires('RUN_LAST_ERROR_MISPLACED', traffic(poll('completed', { last_error: { code: 'server_error', message: 'x' } })));
    fires('RUN_LAST_ERROR_MISPLACED', traffic(poll('failed', { last_error: null })));
  });
  it('RUN_INCOMPLETE_DETAILS_MISPLACED', () => {
    fires('RUN_INCOMPLETE_DETAILS_MISPLACED', traffic(poll('completed', { incomplete_details: { reason: 'max_prompt_tokens' } })));
    fires('RUN_INCOMPLETE_DETAILS_MISPLACED', traffic(poll('incomplete', { incomplete_details: null })));
  });
  it('v1 quirk: a completed v1 run with incomplete_details is information only', () => {
    const v = checkRunStates(traffic(poll('completed', { incomplete_details: { reason: 'max_prompt_tokens' }, file_ids: [] })));
    expect(v.map((x) => [x.rule, x.severity])).toEqual([['RUN_INCOMPLETE_DETAILS_MISPLACED', 'info']]);
  });
  it('RUN_USAGE_MISPLACED', () => {
    fires('RUN_USAGE_MISPLACED', traffic(poll('completed', { usage: null })));
    fires('RUN_USAGE_MISPLACED', traffic(poll('in_progress', { usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } })));
  });
  it('RUN_TIMESTAMP_MISPLACED: completed without completed_at', () => fires('RUN_TIMESTAMP_MISPLACED', traffic(poll('completed', { completed_at: null }))));
  it('RUN_TIMESTAMP_ORDER: started after completed, expiry before creation', () => {
    fires('RUN_TIMESTAMP_ORDER', traffic(poll('completed', { started_at: 1_800_000_010, completed_at: 1_800_000_005 })));
    fires('RUN_TIMESTAMP_ORDER', traffic(poll('queued', { expires_at: 1_700_000_000 })));
  });
  it('keeps runs apart by id and never throws on junk', () => {
    const other = { path: '/v1/threads/thread_1/runs/run_2', body: runObject('run_2', 'queued') };
    expect(rules(traffic(poll('completed'), other))).toEqual([]);
    expect(() => checkRunStates(traffic({ path: runPath, body: 'not json' }, { path: runPath, body: { object: 'thread.run' } }))).not.toThrow();
  });
});
