import { describe, expect, it } from 'vitest';
import { checkPolling } from './polling-behaviour.ts';
import { traffic, type ExchangeInit } from './testing/build.ts';
import { runObject } from './testing/objects.ts';

const path = '/v1/threads/thread_1/runs/run_1';
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
const poll = (ms: number, status: Parameters<typeof runObject>[1], headers: Record<string, string> = {}): ExchangeInit => ({ path, body: runObject('run_1', status), startedAt: at(ms), headers });
const rules = (...ex: ExchangeInit[]) => checkPolling(traffic(...ex)).map((v) => `${v.rule}:${v.severity}`);

describe('polling-behaviour', () => {
  it('accepts polls that honour openai-poll-after-ms', () => {
    expect(rules(poll(0, 'queued', { 'openai-poll-after-ms': '500' }), poll(520, 'in_progress', { 'openai-poll-after-ms': '500' }), poll(1100, 'completed'))).toEqual([]);
  });
  it('POLL_TOO_EARLY when the client ignores openai-poll-after-ms', () => {
    expect(rules(poll(0, 'queued', { 'openai-poll-after-ms': '1000' }), poll(200, 'completed'))).toEqual(['POLL_TOO_EARLY:error']);
  });
  it('POLL_BUSY_LOOP without a header', () => {
    expect(rules(poll(0, 'in_progress'), poll(5, 'in_progress'))).toEqual(['POLL_BUSY_LOOP:error']);
  });
  it('POLL_AFTER_TERMINAL is information', () => {
    expect(rules(poll(0, 'completed'), poll(2000, 'completed'))).toEqual(['POLL_AFTER_TERMINAL:info']);
  });
  it('a write to the resource (submit, cancel) starts a new polling sequence', () => {
    expect(rules(poll(0, 'requires_action'), { method: 'POST', path: `${path}/submit_tool_outputs`, body: runObject('run_1', 'queued') }, poll(3, 'queued'), poll(100, 'completed'))).toEqual([]);
  });
  it('does not judge traffic without timing, nor different resources', () => {
    const untimed = { path, body: runObject('run_1', 'queued') };
    expect(rules(untimed, untimed)).toEqual([]);
    expect(rules(poll(0, 'queued'), { ...poll(1, 'queued'), path: '/v1/threads/thread_1/runs/run_2' })).toEqual([]);
  });
});
