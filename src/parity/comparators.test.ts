import { describe, expect, it } from 'vitest';
import { compare, COMPARATORS, eventProfile } from './comparators.ts';
import type { FlowObservation } from './observation.ts';

const obs = (side: FlowObservation['side'], o: Partial<FlowObservation> = {}): FlowObservation => ({
  side, finalText: 'Hello there.', toolCalls: [], hostedCalls: [], citations: [], finalStatus: 'completed',
  usage: { input: 10, output: 5, total: 15 }, events: side === 'assistants' ? ['thread.run.created', 'thread.message.delta', 'thread.run.completed', 'done'] : ['response.created', 'response.output_text.delta', 'response.completed'],
  latencyMs: 20, objects: {}, error: null, ...o,
});
const verdicts = (a: FlowObservation, r: FlowObservation, profile: 'emulator' | 'live' = 'emulator') => Object.fromEntries(compare(a, r, { profile }).map((d) => [d.dimension, d.verdict]));

describe('parity comparators', () => {
  it('same output: identical, and the events equivalent (different languages)', () => {
    expect(verdicts(obs('assistants'), obs('responses'))).toEqual({ finalText: 'identical', toolCalls: 'identical', citations: 'identical', finalStatus: 'identical', usage: 'identical', events: 'equivalent', latency: 'equivalent' });
  });
  it('text: whitespace is equivalent, another text is different, one-sided is no counterpart', () => {
    expect(COMPARATORS.finalText(obs('assistants'), obs('responses', { finalText: ' Hello  there. ' }), { profile: 'emulator' }).verdict).toBe('equivalent');
    expect(COMPARATORS.finalText(obs('assistants'), obs('responses', { finalText: 'Hi.' }), { profile: 'emulator' }).verdict).toBe('different');
    expect(COMPARATORS.finalText(obs('assistants'), obs('responses', { finalText: null }), { profile: 'emulator' }).verdict).toBe('no_counterpart');
  });
  it('live profile: any two answers matching the expected pattern are equivalent', () => {
    const ctx = { profile: 'live' as const, expectText: /Oslo/ };
    expect(COMPARATORS.finalText(obs('assistants', { finalText: 'In Oslo it is clear.' }), obs('responses', { finalText: 'Oslo: clear skies.' }), ctx).verdict).toBe('equivalent');
    expect(COMPARATORS.finalText(obs('assistants', { finalText: 'In Oslo it is clear.' }), obs('responses', { finalText: 'Clear skies.' }), ctx).verdict).toBe('different');
    expect(COMPARATORS.usage(obs('assistants'), obs('responses', { usage: { input: 17, output: 9, total: 26 } }), ctx).verdict).toBe('equivalent');
  });
  it('tool calls: same JSON in another key order is equivalent; other names are different', () => {
    const a = obs('assistants', { toolCalls: [{ name: 'f', arguments: '{"a":1,"b":2}' }] });
    expect(COMPARATORS.toolCalls(a, obs('responses', { toolCalls: [{ name: 'f', arguments: '{"b":2,"a":1}' }] }), { profile: 'emulator' }).verdict).toBe('equivalent');
    expect(COMPARATORS.toolCalls(a, obs('responses', { toolCalls: [{ name: 'g', arguments: '{"a":1,"b":2}' }] }), { profile: 'emulator' }).verdict).toBe('different');
  });
  it('status through the map: requires_action ≙ completed, expired has no counterpart', () => {
    expect(COMPARATORS.finalStatus(obs('assistants', { finalStatus: 'requires_action' }), obs('responses'), { profile: 'emulator' }).verdict).toBe('equivalent');
    expect(COMPARATORS.finalStatus(obs('assistants', { finalStatus: 'expired' }), obs('responses'), { profile: 'emulator' }).verdict).toBe('no_counterpart');
    expect(COMPARATORS.finalStatus(obs('assistants', { finalStatus: 'failed' }), obs('responses'), { profile: 'emulator' }).verdict).toBe('different');
  });
  it('citations by file, events by mapped kinds, latency by factor', () => {
    const c = (ids: string[]) => ids.map((fileId) => ({ type: 'file_citation' as const, fileId }));
    expect(COMPARATORS.citations(obs('assistants', { citations: c(['a', 'b']) }), obs('responses', { citations: c(['b', 'a']) }), { profile: 'emulator' }).verdict).toBe('equivalent');
    expect(eventProfile(['thread.message.delta', 'thread.message.delta', 'done'], 'assistants')).toEqual({ 'response.output_text.delta': 2 });
    expect(COMPARATORS.events(obs('assistants'), obs('responses', { events: ['response.created', 'response.completed'] }), { profile: 'emulator' }).verdict).toBe('different');
    expect(COMPARATORS.latency(obs('assistants', { latencyMs: 2000 }), obs('responses', { latencyMs: 100 }), { profile: 'emulator' }).verdict).toBe('different');
  });
});

describe('hosted tool calls', () => {
  it('count in the toolCalls dimension', () => {
    const a = obs('assistants', { hostedCalls: ['code_interpreter'] });
    expect(COMPARATORS.toolCalls(a, obs('responses', { hostedCalls: ['code_interpreter'] }), { profile: 'emulator' }).verdict).toBe('identical');
    expect(COMPARATORS.toolCalls(a, obs('responses'), { profile: 'emulator' }).verdict).toBe('different');
  });
});
