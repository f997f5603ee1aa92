/**
 * Every rule code of every family fires on a broken input made for it. The table is typed as a
 * Record over CheckRule, so adding a rule without an example here does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { Traffic } from '../traffic/types.ts';
import { checkAssistantsStreams } from './assistants-stream-grammar.ts';
import { checkHttpStatuses } from './http-ok.ts';
import { runChecks } from './index.ts';
import { checkShapes } from './object-shapes.ts';
import { checkPolling } from './polling-behaviour.ts';
import { checkResponsesStreams } from './responses-stream-grammar.ts';
import type { CheckRule } from './rules.ts';
import { checkRunStates } from './run-state-machine.ts';
import { textRunEvents, toolRunExchanges } from './testing/assistants-streams.ts';
import { stream, traffic, type ExchangeInit } from './testing/build.ts';
import { messageObject, runObject } from './testing/objects.ts';
import { responseStreamEvents, type Ev } from './testing/responses-streams.ts';
import type { Violation } from './violation.ts';

type AEv = { event: string; data: unknown };
const runPath = '/v1/threads/thread_1/runs/run_1';
const poll = (status: Parameters<typeof runObject>[1], o: Record<string, unknown> = {}, startedAt?: string): ExchangeInit => ({ path: runPath, body: runObject('run_1', status, o), ...(startedAt ? { startedAt } : {}) });
const as = (events: AEv[]) => checkAssistantsStreams(traffic(stream('/v1/threads/thread_1/runs', events)));
const rs = (events: Ev[]) => checkResponsesStreams(traffic(stream('/v1/responses', events)));
const renumber = (events: Ev[]) => events.map((e, n) => ({ ...e, data: { ...e.data, sequence_number: n } }));
const t = () => textRunEvents({ chunks: ['Hel', 'lo'] });
const r = () => responseStreamEvents([{ kind: 'text', chunks: ['Hel', 'lo'] }]);
const fc = () => responseStreamEvents([{ kind: 'function_call', chunks: ['{"a":', '1}'] }]);
const editA = (events: AEv[], name: string, data: (d: Record<string, unknown>) => unknown) => events.map((e) => (e.event === name ? { ...e, data: data(e.data as Record<string, unknown>) } : e));
const editR = (events: Ev[], type: string, patch: Record<string, unknown>) => events.map((e) => (e.event === type ? { ...e, data: { ...e.data, ...patch } } : e));
const without = <E extends { event: string }>(events: E[], name: string) => events.filter((e) => e.event !== name);
const trailing = (x: Traffic, text: string) => ((x.exchanges[0]!.sseTrailing = text), x);
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

const EXAMPLES: { readonly [R in CheckRule]: () => Violation[] } = {
  RUN_UNKNOWN_STATUS: () => checkRunStates(traffic(poll('queued', { status: 'paused' }))),
  RUN_ILLEGAL_TRANSITION: () => checkRunStates(traffic(poll('cancelling'), poll('in_progress'))),
  RUN_TERMINAL_LEFT: () => checkRunStates(traffic(poll('completed'), poll('queued'))),
  RUN_EVENT_STATUS_MISMATCH: () => checkRunStates(traffic(stream('/v1/threads/t/runs', [{ event: 'thread.run.completed', data: runObject('run_1', 'in_progress') }]))),
  RUN_REQUIRED_ACTION_MISPLACED: () => checkRunStates(traffic(poll('requires_action', { required_action: null }))),
  RUN_LAST_ERROR_MISPLACED: () => checkRunStates(traffic(poll('failed', { last_error: null }))),
  RUN_INCOMPLETE_DETAILS_MISPLACED: () => checkRunStates(traffic(poll('incomplete', { incomplete_details: null }))),
  RUN_USAGE_MISPLACED: () => checkRunStates(traffic(poll('completed', { usage: null }))),
  RUN_TIMESTAMP_MISPLACED: () => checkRunStates(traffic(poll('cancelled', { cancelled_at: null }))),
  RUN_TIMESTAMP_ORDER: () => checkRunStates(traffic(poll('queued', { expires_at: 1 }))),

  AS_UNKNOWN_EVENT: () => as([...t().slice(0, 3), { event: 'thread.run.pondering', data: {} }, ...t().slice(3)]),
  AS_BAD_DATA: () => as(t().map((e, i) => (i === 1 ? { ...e, data: '[]' } : e))),
  AS_ILLEGAL_ORDER: () => as(without(t(), 'thread.run.created')),
  AS_EVENT_STATUS_MISMATCH: () => as(editA(t(), 'thread.run.step.completed', (d) => ({ ...d, status: 'failed' }))),
  AS_RUN_NOT_ACTIVE: () => as(without(t(), 'thread.run.in_progress')),
  AS_FOREIGN_SCOPE: () => as(editA(t(), 'thread.message.created', (d) => ({ ...d, run_id: 'run_9' }))),
  AS_SCOPE_NOT_TERMINATED: () => as(without(t(), 'thread.run.step.completed')),
  AS_EVENT_AFTER_END: () => { const e = t(); return as([...e.slice(0, -1), e[2]!, e.at(-1)!]); },
  AS_NOT_TERMINATED: () => as([...t().slice(0, 4), t().at(-1)!]),
  AS_NO_DONE: () => as(t().slice(0, -1)),
  AS_EVENT_AFTER_DONE: () => as([...t(), t()[0]!]),
  AS_CUT_MID_FRAME: () => checkAssistantsStreams(trailing(traffic(stream('/v1/threads/t/runs', t())), 'data: {')),
  AS_DELTA_INDEX: () => as(editA(t(), 'thread.message.delta', (d) => ({ ...d, delta: { content: [{ index: 9, type: 'text', text: { value: 'x' } }] } }))),
  AS_DELTA_MISMATCH: () => { const [a, b] = toolRunExchanges(['{"q":', '1}'], ['ok']); return checkAssistantsStreams(traffic({ ...a!, events: a!.events!.filter((e) => e.event !== 'thread.run.step.delta') }, b!)); },

  RESP_BAD_DATA: () => rs(editR(r(), 'response.output_text.delta', { delta: null })),
  RESP_UNKNOWN_EVENT: () => rs(renumber([...r().slice(0, 2), { event: 'response.thinking', data: { type: 'response.thinking' } }, ...r().slice(2)])),
  RESP_EVENT_TYPE_MISMATCH: () => rs(r().map((e, i) => (i === 0 ? { ...e, event: 'response.in_progress' } : e))),
  RESP_SEQUENCE_MISSING: () => rs(r().map((e, i) => (i === 2 ? { ...e, data: Object.fromEntries(Object.entries(e.data).filter(([k]) => k !== 'sequence_number')) } : e))),
  RESP_SEQUENCE_ORDER: () => rs(editR(r(), 'response.in_progress', { sequence_number: 7 })),
  RESP_ILLEGAL_ORDER: () => rs(renumber(without(r(), 'response.content_part.added'))),
  RESP_STATUS_MISMATCH: () => rs(editR(r(), 'response.in_progress', { response: { id: 'resp_1', status: 'completed' } })),
  RESP_ID_MISMATCH: () => rs(editR(r(), 'response.in_progress', { response: { id: 'resp_2', status: 'in_progress' } })),
  RESP_UNKNOWN_ITEM: () => rs(editR(r(), 'response.output_text.done', { item_id: 'msg_x' })),
  RESP_INDEX_MISMATCH: () => rs(editR(r(), 'response.content_part.done', { output_index: 4 })),
  RESP_SCOPE_NOT_CLOSED: () => rs(renumber(without(r(), 'response.content_part.done'))),
  RESP_DELTA_MISMATCH: () => rs(editR(r(), 'response.output_text.done', { text: 'Help' })),
  RESP_ARGUMENTS_NOT_JSON: () => rs(responseStreamEvents([{ kind: 'function_call', chunks: ['{"a":'] }])),
  RESP_FINAL_MISMATCH: () => { const e = fc(); const last = e.at(-1)!; return rs([...e.slice(0, -1), { ...last, data: { ...last.data, response: { ...(last.data['response'] as object), output: [] } } }]); },
  RESP_EVENT_AFTER_TERMINAL: () => rs(renumber([...r(), r()[1]!])),
  RESP_NO_TERMINAL: () => rs(r().slice(0, -1)),
  RESP_CUT_MID_FRAME: () => checkResponsesStreams(trailing(traffic(stream('/v1/responses', r())), 'data: {')),

  SHAPE_NOT_AN_OBJECT: () => checkShapes(traffic(stream('/v1/threads/t/runs', [{ event: 'thread.run.created', data: '"text"' }]))),
  SHAPE_MISSING_FIELD: () => checkShapes(traffic({ path: '/v1/threads/t/messages/m', body: Object.fromEntries(Object.entries(messageObject('m', null, 'completed', 'x')).filter(([k]) => k !== 'role')) })),
  SHAPE_WRONG_TYPE: () => checkShapes(traffic({ path: runPath, body: runObject('run_1', 'queued', { tools: {} }) })),
  SHAPE_BAD_ENUM: () => checkShapes(traffic({ path: runPath, body: runObject('run_1', 'queued', { object: 'thread.runner' }) })).concat(checkShapes(traffic({ path: '/v1/threads/t/messages/m', body: messageObject('m', null, 'completed', 'x', { status: 'done' }) }))),
  SHAPE_UNKNOWN_FIELD: () => checkShapes(traffic({ path: runPath, body: runObject('run_1', 'queued', { novel: true }) })),
  SHAPE_UNKNOWN_KIND: () => checkShapes(traffic({ path: '/v1/x', body: { object: 'batch.job', id: 'b' } })),
  SHAPE_BAD_DONE: () => checkShapes(traffic(stream('/v1/threads/t/runs', [{ event: 'thread.run.created', data: '[DONE]' }]))),

  POLL_TOO_EARLY: () => checkPolling(traffic({ ...poll('queued', {}, at(0)), headers: { 'openai-poll-after-ms': '800' } }, poll('in_progress', {}, at(100)))),
  POLL_BUSY_LOOP: () => checkPolling(traffic(poll('queued', {}, at(0)), poll('queued', {}, at(3)))),
  POLL_AFTER_TERMINAL: () => checkPolling(traffic(poll('failed', {}, at(0)), poll('failed', {}, at(900)))),

  HTTP_UNEXPECTED_STATUS: () => checkHttpStatuses(traffic({ path: '/v1/files', status: 500, body: { error: {} } })),
  CHECK_CRASHED: () => runChecks(traffic(), [{ id: 'crash', description: 'x', run: () => { throw new Error('bug'); } }]),
};

describe('every rule fires on an input broken for it', () => {
  for (const [rule, example] of Object.entries(EXAMPLES)) {
    it(rule, () => expect(example().map((v) => v.rule)).toContain(rule));
  }
});
