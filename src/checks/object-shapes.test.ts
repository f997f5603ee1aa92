import { describe, expect, it } from 'vitest';
import { checkShapes, type ShapeRule } from './object-shapes.ts';
import { SPEC_SCHEMAS } from './schemas/spec-schemas.ts';
import { stream, traffic } from './testing/build.ts';
import { messageObject, responseObject, runObject, stepObject } from './testing/objects.ts';

const errors = (t: ReturnType<typeof traffic>) => checkShapes(t).filter((v) => v.severity === 'error');
const fires = (rule: ShapeRule, t: ReturnType<typeof traffic>) => expect(errors(t).map((v) => v.rule)).toContain(rule);
const runPath = '/v1/threads/thread_1/runs/run_1';

describe('object-shapes', () => {
  it('accepts well-formed objects built from the tables', () => {
    const step = stepObject('step_1', 'run_1', 'completed', { type: 'message_creation', message_creation: { message_id: 'msg_1' } });
    expect(errors(traffic({ path: runPath, body: runObject('run_1', 'completed') }, { path: `${runPath}/steps`, body: { object: 'list', data: [step], first_id: 'step_1', last_id: 'step_1', has_more: false } }))).toEqual([]);
    expect(errors(traffic({ path: '/v1/threads/thread_1/messages/msg_1', body: messageObject('msg_1', 'run_1', 'completed', 'hi') }))).toEqual([]);
    const msg = { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'hi', annotations: [] }] };
    expect(errors(traffic({ method: 'POST', path: '/v1/responses', body: responseObject('resp_1', 'completed', [msg]) }))).toEqual([]);
  });
  it('SHAPE_MISSING_FIELD: a run without thread_id', () => {
    const run = runObject('run_1', 'queued');
    delete run['thread_id'];
    fires('SHAPE_MISSING_FIELD', traffic({ path: runPath, body: run }));
  });
  it('SHAPE_WRONG_TYPE: created_at as a string', () => fires('SHAPE_WRONG_TYPE', traffic({ path: runPath, body: runObject('run_1', 'queued', { created_at: 'yesterday' }) })));
  it('SHAPE_BAD_ENUM: a message with role "robot"', () => fires('SHAPE_BAD_ENUM', traffic({ path: '/v1/threads/t/messages/m', body: messageObject('m', null, 'completed', 'x', { role: 'robot' }) })));
  it('SHAPE_NOT_AN_OBJECT and SHAPE_BAD_DONE in streams', () => {
    fires('SHAPE_NOT_AN_OBJECT', traffic(stream('/v1/threads/t/runs', [{ event: 'thread.run.created', data: '{oops' }])));
    fires('SHAPE_BAD_DONE', traffic(stream('/v1/threads/t/runs', [{ event: 'done', data: '{}' }])));
  });
  it('validates the error envelope on 4xx', () => {
    fires('SHAPE_MISSING_FIELD', traffic({ path: runPath, status: 404, body: { error: { message: 'No run found', type: 'invalid_request_error' } } }));
    expect(errors(traffic({ path: runPath, status: 404, body: { error: { message: 'No run', type: 'invalid_request_error', param: null, code: null } } }))).toEqual([]);
  });
  it('validates Responses events, their nested response and item', () => {
    const bad = { type: 'response.output_item.added', sequence_number: 2, output_index: 0, item: { type: 'function_call', id: 'fc_1', call_id: 'c', name: 7, arguments: '' } };
    fires('SHAPE_WRONG_TYPE', traffic(stream('/v1/responses', [{ event: 'response.output_item.added', data: bad }])));
    fires('SHAPE_MISSING_FIELD', traffic(stream('/v1/responses', [{ event: 'response.created', data: { type: 'response.created', sequence_number: 0 } }])));
  });
  it('unknown fields and kinds are information, never errors', () => {
    const v = checkShapes(traffic({ path: runPath, body: runObject('run_1', 'queued', { brand_new: 1 }) }, { path: '/v1/x', body: { object: 'mystery' } }));
    expect(v.map((x) => [x.rule, x.severity])).toEqual([['SHAPE_UNKNOWN_FIELD', 'info'], ['SHAPE_UNKNOWN_KIND', 'info']]);
  });
  it('documented quirks downgrade only the listed field', () => {
    const step = stepObject('step_1', 'run_1', 'completed', { type: 'message_creation', message_creation: { message_id: 'm' } });
    delete step['expired_at'];
    step['expires_at'] = null;
    const v = checkShapes(traffic({ path: `${runPath}/steps/step_1`, body: step }));
    expect(v.filter((x) => x.rule === 'SHAPE_MISSING_FIELD').map((x) => x.severity)).toEqual(['info']);
    delete step['run_id'];
    fires('SHAPE_MISSING_FIELD', traffic({ path: `${runPath}/steps/step_1`, body: step }));
  });
  it('covers every object in scope', () => {
    for (const o of ['assistant', 'thread', 'thread.message', 'thread.run', 'thread.run.step', 'vector_store', 'vector_store.file', 'vector_store.file_batch', 'file', 'response', 'conversation']) expect(SPEC_SCHEMAS.objects[o]).toBeDefined();
    expect(Object.keys(SPEC_SCHEMAS.responseEvents).length).toBeGreaterThanOrEqual(50);
    expect(SPEC_SCHEMAS.conversationItems['message']).toBeDefined();
  });
});
