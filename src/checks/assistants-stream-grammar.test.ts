import { describe, expect, it } from 'vitest';
import { checkAssistantsStreams, type AssistantsStreamRule } from './assistants-stream-grammar.ts';
import { checkShapes } from './object-shapes.ts';
import { checkRunStates } from './run-state-machine.ts';
import { codeRunEvents, textRunEvents, toolRunExchanges } from './testing/assistants-streams.ts';
import { stream, traffic, type ExchangeInit } from './testing/build.ts';

type Ev = { event: string; data: unknown };
const runs = '/v1/threads/thread_1/runs';
const errors = (...ex: ExchangeInit[]) => checkAssistantsStreams(traffic(...ex)).filter((v) => v.severity === 'error');
const rulesOf = (events: Ev[]) => errors(stream(runs, events)).map((v) => v.rule);
const fires = (rule: AssistantsStreamRule, events: Ev[]) => expect(rulesOf(events)).toContain(rule);
const text = () => textRunEvents({ chunks: ['Hel', 'lo', ' there'] });
const without = (events: Ev[], name: string) => events.filter((e) => e.event !== name);
const data = (e: Ev | undefined) => (e?.data ?? {}) as Record<string, unknown>;

describe('assistants-stream-grammar accepts valid streams', () => {
  it('text, incomplete, code interpreter, tool call + resumed stream', () => {
    expect(rulesOf(text())).toEqual([]);
    expect(rulesOf(textRunEvents({ chunks: ['a'], ending: 'incomplete' }))).toEqual([]);
    expect(rulesOf(codeRunEvents(['x = ', '1 + 1'], ['It is 2']))).toEqual([]);
    expect(errors(...toolRunExchanges(['{"q":', '"x"}'], ['Sunny']))).toEqual([]);
  });
  it('generated streams also satisfy the run state machine and the object shapes', () => {
    const t = traffic(...toolRunExchanges(['{"q":', '"x"}'], ['Sunny']));
    expect(checkRunStates(t)).toEqual([]);
    expect(checkShapes(t).filter((v) => v.severity === 'error')).toEqual([]);
  });
  it('an error event may close the stream without done; an aborted transfer is not judged for its end', () => {
    expect(rulesOf([...text().slice(0, 4), { event: 'error', data: { message: 'boom', type: 'server_error', code: null, param: null } }])).toEqual([]);
    const t = traffic(stream(runs, text().slice(0, 6)));
    t.exchanges[0]!.transportError = 'aborted';
    expect(checkAssistantsStreams(t).filter((v) => v.severity === 'error')).toEqual([]);
  });
  it('an error event ends the stream', () => {
    expect(rulesOf([...text().slice(0, 4), { event: 'error', data: { message: 'boom', type: 'server_error', code: null, param: null } }, { event: 'done', data: '[DONE]' }])).toEqual([]);
  });
});

describe('assistants-stream-grammar rules', () => {
  it('AS_ILLEGAL_ORDER: a delta before its message was created', () => fires('AS_ILLEGAL_ORDER', without(text(), 'thread.message.created')));
  it('AS_ILLEGAL_ORDER: a run event twice', () => {
    const e = text();
    fires('AS_ILLEGAL_ORDER', [...e.slice(0, 3), e[2]!, ...e.slice(3)]);
  });
  it('AS_ILLEGAL_ORDER: message step completed before its message', () => {
    const e = text();
    const i = e.findIndex((x) => x.event === 'thread.message.completed');
    fires('AS_ILLEGAL_ORDER', [...e.slice(0, i), e[i + 1]!, e[i]!, ...e.slice(i + 2)]);
  });
  it('AS_ILLEGAL_ORDER: the message outside its message-creation step, thread.created late', () => {
    const e = text();
    const s = e.findIndex((x) => x.event === 'thread.run.step.created');
    const m = e.findIndex((x) => x.event === 'thread.message.created');
    fires('AS_ILLEGAL_ORDER', [...e.slice(0, s), e[m]!, ...e.slice(s, m), ...e.slice(m + 1)]);
    fires('AS_ILLEGAL_ORDER', [...e.slice(0, 2), { event: 'thread.created', data: { id: 'thread_1', object: 'thread', created_at: 1, metadata: {}, tool_resources: null } }, ...e.slice(2)]);
  });
  it('AS_EVENT_STATUS_MISMATCH: message.completed carrying in_progress', () => {
    fires('AS_EVENT_STATUS_MISMATCH', text().map((e) => (e.event === 'thread.message.completed' ? { ...e, data: { ...data(e), status: 'in_progress' } } : e)));
  });
  it('AS_RUN_NOT_ACTIVE: a message while the run is queued', () => {
    const e = text();
    fires('AS_RUN_NOT_ACTIVE', [e[0]!, e[1]!, e[3]!, e[4]!, e[5]!, e[2]!, ...e.slice(6)]);
  });
  it('AS_FOREIGN_SCOPE: a step of another run', () => {
    fires('AS_FOREIGN_SCOPE', text().map((e) => (e.event === 'thread.run.step.created' ? { ...e, data: { ...data(e), run_id: 'run_other' } } : e)));
  });
  it('AS_SCOPE_NOT_TERMINATED: run completed while its message is open', () => fires('AS_SCOPE_NOT_TERMINATED', without(text(), 'thread.message.completed')));
  it('AS_EVENT_AFTER_END: an event after the run completed', () => {
    const e = text();
    fires('AS_EVENT_AFTER_END', [...e.slice(0, -1), { event: 'thread.run.step.created', data: { ...data(e[3]), id: 'step_9' } }, e.at(-1)!]);
  });
  it('AS_NOT_TERMINATED and AS_NO_DONE: cut short', () => {
    const e = text();
    fires('AS_NOT_TERMINATED', [...e.slice(0, 6), e.at(-1)!]);
    fires('AS_NO_DONE', e.slice(0, -1));
    fires('AS_NO_DONE', e.slice(0, 7));
  });
  it('AS_EVENT_AFTER_DONE', () => fires('AS_EVENT_AFTER_DONE', [...text(), { event: 'thread.run.completed', data: data(text().at(-2)) }]));
  it('AS_BAD_DATA: an event without an object id', () => fires('AS_BAD_DATA', text().map((e, i) => (i === 2 ? { ...e, data: 'garbage' } : e))));
  it('AS_DELTA_MISMATCH: an altered message delta', () => {
    fires('AS_DELTA_MISMATCH', text().map((e) => (e.event === 'thread.message.delta' ? { ...e, data: { ...data(e), delta: { content: [{ index: 0, type: 'text', text: { value: 'X' } }] } } } : e)));
  });
  it('AS_DELTA_MISMATCH: tool arguments that disagree with required_action', () => {
    const [first, second] = toolRunExchanges(['{"q":', '"x"}'], ['ok']);
    const events = first!.events!.filter((e, i) => !(e.event === 'thread.run.step.delta' && i === 6));
    expect(errors({ ...first!, events }, second!).map((v) => v.rule)).toContain('AS_DELTA_MISMATCH');
  });
  it('AS_DELTA_INDEX: a delta at index 5 with nothing before', () => {
    fires('AS_DELTA_INDEX', text().map((e) => (e.event === 'thread.message.delta' ? { ...e, data: { ...data(e), delta: { content: [{ index: 5, type: 'text', text: { value: 'X' } }] } } } : e)));
  });
  it('AS_CUT_MID_FRAME: trailing bytes after the last frame', () => {
    const t = traffic(stream(runs, text()));
    t.exchanges[0]!.sseTrailing = 'event: thread.message.delta\ndata: {"id":';
    expect(checkAssistantsStreams(t).map((v) => v.rule)).toContain('AS_CUT_MID_FRAME');
  });
  it('AS_UNKNOWN_EVENT is information only', () => {
    const v = checkAssistantsStreams(traffic(stream(runs, [...text().slice(0, 3), { event: 'thread.run.step.thinking', data: {} }, ...text().slice(3)])));
    expect(v.map((x) => [x.rule, x.severity])).toEqual([['AS_UNKNOWN_EVENT', 'info']]);
  });
  it('a resumed stream on its own (previous stream not captured) is accepted', () => {
    const [, second] = toolRunExchanges(['{}'], ['ok']);
    expect(errors(second!)).toEqual([]);
  });
});
