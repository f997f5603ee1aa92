import { describe, expect, it } from 'vitest';
import { checkShapes } from './object-shapes.ts';
import { checkResponsesStreams, type ResponsesStreamRule } from './responses-stream-grammar.ts';
import { stream, traffic } from './testing/build.ts';
import { responseStreamEvents, type Ev } from './testing/responses-streams.ts';

const errs = (events: Ev[], query = '', method = 'POST', path = '/v1/responses') =>
  checkResponsesStreams(traffic({ ...stream(path, events, query), method })).filter((v) => v.severity === 'error');
const rulesOf = (events: Ev[]) => errs(events).map((v) => v.rule);
const fires = (rule: ResponsesStreamRule, events: Ev[]) => expect(rulesOf(events)).toContain(rule);
/** Renumbers sequence_number so only the rule under test can fire. */
const renumber = (events: Ev[]) => events.map((e, n) => ({ ...e, data: { ...e.data, sequence_number: n } }));
const text = () => responseStreamEvents([{ kind: 'text', chunks: ['Hel', 'lo'] }]);
const fc = () => responseStreamEvents([{ kind: 'function_call', chunks: ['{"city":', '"Paris"}'] }]);
const edit = (events: Ev[], type: string, patch: Record<string, unknown>) => events.map((e) => (e.event === type ? { ...e, data: { ...e.data, ...patch } } : e));
const drop = (events: Ev[], type: string) => renumber(events.filter((e) => e.event !== type));

describe('responses-stream-grammar accepts valid streams', () => {
  it('text, function call, reasoning + text, incomplete, failed', () => {
    expect(rulesOf(text())).toEqual([]);
    expect(rulesOf(fc())).toEqual([]);
    expect(rulesOf(responseStreamEvents([{ kind: 'reasoning', summaries: [['Think', 'ing'], ['More']] }, { kind: 'text', chunks: ['Hi'] }]))).toEqual([]);
    expect(rulesOf(responseStreamEvents([{ kind: 'text', chunks: ['Hi'] }], 'incomplete'))).toEqual([]);
    expect(rulesOf(responseStreamEvents([], 'failed'))).toEqual([]);
  });
  it('generated streams satisfy the object shapes too', () => {
    const t = traffic(stream('/v1/responses', responseStreamEvents([{ kind: 'reasoning', summaries: [['a']] }, { kind: 'function_call', chunks: ['{}'] }, { kind: 'text', chunks: ['x'] }])));
    expect(checkShapes(t).filter((v) => v.severity === 'error')).toEqual([]);
  });
  it('an error may be followed by response.failed, and by nothing else', () => {
    const e = responseStreamEvents([], 'failed');
    const err = { event: 'error', data: { type: 'error', sequence_number: 2, code: 'server_error', message: 'x', param: null } };
    expect(rulesOf(renumber([...e.slice(0, 2), err, e.at(-1)!]))).toEqual([]);
    expect(rulesOf(renumber([...e.slice(0, 2), err, e.at(-1)!, e.at(-1)!]))).toContain('RESP_EVENT_AFTER_TERMINAL');
  });
  it('an error event is a terminal event', () => {
    expect(rulesOf([...text().slice(0, 2), { event: 'error', data: { type: 'error', sequence_number: 2, code: 'server_error', message: 'x', param: null } }])).toEqual([]);
  });
  it('a resumed stream (starting_after) continues mid-way', () => {
    const tail = text().slice(4);
    expect(errs(tail, `stream=true&starting_after=3`, 'GET', '/v1/responses/resp_1')).toEqual([]);
  });
});

describe('responses-stream-grammar rules', () => {
  it('RESP_SEQUENCE_ORDER: a corrupted or repeated sequence number', () => {
    fires('RESP_SEQUENCE_ORDER', edit(text(), 'response.output_text.delta', { sequence_number: 99 }));
    const e = text();
    fires('RESP_SEQUENCE_ORDER', [...e.slice(0, 3), e[2]!, ...e.slice(3)]);
  });
  it('RESP_SEQUENCE_MISSING: on some events only', () => {
    fires('RESP_SEQUENCE_MISSING', text().map((e, i) => (i === 3 ? { ...e, data: { ...e.data, sequence_number: undefined } } : e)).map((e) => ({ ...e, data: JSON.parse(JSON.stringify(e.data)) as Record<string, unknown> })));
  });
  it('RESP_ILLEGAL_ORDER: a delta after its done, a part after its item closed', () => {
    const e = text();
    const i = e.findIndex((x) => x.event === 'response.output_text.done');
    fires('RESP_ILLEGAL_ORDER', renumber([...e.slice(0, i), e[i]!, e[i - 1]!, ...e.slice(i + 1)]));
    fires('RESP_ILLEGAL_ORDER', drop(e, 'response.created'));
  });
  it('RESP_STATUS_MISMATCH and RESP_ID_MISMATCH on the response snapshot', () => {
    const e = text();
    const last = e.at(-1)!;
    fires('RESP_STATUS_MISMATCH', [...e.slice(0, -1), { ...last, data: { ...last.data, response: { ...(last.data['response'] as object), status: 'in_progress' } } }]);
    fires('RESP_ID_MISMATCH', [...e.slice(0, -1), { ...last, data: { ...last.data, response: { ...(last.data['response'] as object), id: 'resp_other' } } }]);
  });
  it('RESP_UNKNOWN_ITEM: a delta for an item never added', () => fires('RESP_UNKNOWN_ITEM', edit(text(), 'response.output_text.delta', { item_id: 'msg_9' })));
  it('RESP_INDEX_MISMATCH: output_index and content_index broken', () => {
    fires('RESP_INDEX_MISMATCH', edit(text(), 'response.output_text.delta', { output_index: 3 }));
    fires('RESP_INDEX_MISMATCH', edit(text(), 'response.content_part.added', { content_index: 2 }));
    fires('RESP_INDEX_MISMATCH', edit(text(), 'response.output_item.added', { output_index: 1 }));
  });
  it('RESP_SCOPE_NOT_CLOSED: item done with its part open; response completed with an item open', () => {
    fires('RESP_SCOPE_NOT_CLOSED', drop(text(), 'response.content_part.done'));
    fires('RESP_SCOPE_NOT_CLOSED', drop(text(), 'response.output_item.done'));
    fires('RESP_SCOPE_NOT_CLOSED', drop(fc(), 'response.function_call_arguments.done'));
  });
  it('RESP_DELTA_MISMATCH: an altered delta, and a part text that differs from the done text', () => {
    fires('RESP_DELTA_MISMATCH', edit(text(), 'response.output_text.delta', { delta: 'X' }));
    fires('RESP_DELTA_MISMATCH', edit(text(), 'response.content_part.done', { part: { type: 'output_text', text: 'nope', annotations: [] } }));
    fires('RESP_DELTA_MISMATCH', edit(fc(), 'response.function_call_arguments.delta', { delta: '{' }));
  });
  it('RESP_ARGUMENTS_NOT_JSON: arguments that do not parse', () => {
    const bad = responseStreamEvents([{ kind: 'function_call', chunks: ['{"city":', '"Par'] }]);
    fires('RESP_ARGUMENTS_NOT_JSON', bad);
  });
  it('RESP_FINAL_MISMATCH: the final response disagrees with the streamed item', () => {
    const e = text();
    const last = e.at(-1)!;
    const resp = last.data['response'] as Record<string, unknown>;
    const out = resp['output'] as Record<string, unknown>[];
    const changed = [{ ...out[0], content: [{ type: 'output_text', text: 'other', annotations: [] }] }];
    fires('RESP_FINAL_MISMATCH', [...e.slice(0, -1), { ...last, data: { ...last.data, response: { ...resp, output: changed } } }]);
    fires('RESP_FINAL_MISMATCH', [...e.slice(0, -1), { ...last, data: { ...last.data, response: { ...resp, output: [] } } }]);
  });
  it('RESP_EVENT_AFTER_TERMINAL and RESP_NO_TERMINAL', () => {
    const e = text();
    fires('RESP_EVENT_AFTER_TERMINAL', renumber([...e, e.at(-1)!]));
    fires('RESP_NO_TERMINAL', e.slice(0, -1));
  });
  it('RESP_EVENT_TYPE_MISMATCH and RESP_BAD_DATA', () => {
    fires('RESP_EVENT_TYPE_MISMATCH', text().map((e, i) => (i === 1 ? { ...e, event: 'response.queued' } : e)));
    fires('RESP_BAD_DATA', edit(text(), 'response.output_text.delta', { delta: 5 }));
  });
  it('RESP_CUT_MID_FRAME', () => {
    const t = traffic(stream('/v1/responses', text()));
    t.exchanges[0]!.sseTrailing = 'data: {"type":"response.output_text.delta"';
    expect(checkResponsesStreams(t).map((v) => v.rule)).toContain('RESP_CUT_MID_FRAME');
  });
  it('unknown event types are information only', () => {
    const e = text();
    const v = checkResponsesStreams(traffic(stream('/v1/responses', renumber([...e.slice(0, 2), { event: 'response.novel', data: { type: 'response.novel' } }, ...e.slice(2)]))));
    expect(v.map((x) => [x.rule, x.severity])).toEqual([['RESP_UNKNOWN_EVENT', 'info']]);
  });
});
