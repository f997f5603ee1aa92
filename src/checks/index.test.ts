import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, checksFor, runChecks } from './index.ts';
import { stream, traffic } from './testing/build.ts';
import { textRunEvents } from './testing/assistants-streams.ts';
import { responseStreamEvents } from './testing/responses-streams.ts';

const ids = (t: ReturnType<typeof traffic>) => checksFor(t).map((c) => c.id);

describe('checks index', () => {
  it('lists every family once with a stable id', () => {
    expect(ALL_CHECKS.map((c) => c.id)).toEqual(['run-state-machine', 'assistants-stream-grammar', 'responses-stream-grammar', 'object-shapes', 'polling-behaviour']);
  });
  it('picks checks by API, including bare streams with no path', () => {
    expect(ids(traffic(stream('/v1/threads/t/runs', textRunEvents({ chunks: ['a'] }))))).toEqual(['run-state-machine', 'assistants-stream-grammar', 'object-shapes', 'polling-behaviour']);
    expect(ids(traffic(stream('', responseStreamEvents([{ kind: 'text', chunks: ['a'] }]))))).toEqual(['responses-stream-grammar', 'object-shapes', 'polling-behaviour']);
    expect(ids(traffic({ path: '/v1/files', body: { object: 'list', data: [] } }))).toEqual(['object-shapes', 'polling-behaviour']);
  });
  it('runChecks turns a crashing check into a violation', () => {
    const boom = { id: 'boom', description: 'x', run: () => { throw new Error('bug'); } };
    expect(runChecks(traffic(), [boom]).map((v) => v.rule)).toEqual(['CHECK_CRASHED']);
  });
});
