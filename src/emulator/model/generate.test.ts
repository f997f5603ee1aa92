import { describe, expect, it } from 'vitest';
import type { ModelContext } from './context.ts';
import { generate, splitDeltas } from './generate.ts';

const ctx = (text: string, extra: Partial<ModelContext> = {}): ModelContext => ({
  model: 'gpt-4o-mini',
  instructions: 'Be brief.',
  tools: [],
  maxOutputTokens: null,
  turns: [{ kind: 'message', message: { role: 'user', parts: [{ type: 'text', text }] } }],
  ...extra,
});

describe('emulator model', () => {
  it('is deterministic and depends on the whole context', () => {
    const a = generate(ctx('hello'));
    expect(generate(ctx('hello'))).toEqual(a);
    expect(generate(ctx('hello', { instructions: 'Be long.' })).turn).not.toEqual(a.turn);
    const withImage = ctx('hello');
    const first = withImage.turns[0];
    if (first?.kind === 'message') first.message.parts.push({ type: 'image', ref: 'file:file-1' });
    expect(generate(withImage).turn).not.toEqual(a.turn);
  });

  it('follows directives', () => {
    expect(generate(ctx('x [[oaic:call get_weather {"city":"Paris"}]]')).turn).toEqual({ kind: 'tool_calls', calls: [{ name: 'get_weather', arguments: '{"city":"Paris"}' }] });
    expect(generate(ctx('[[oaic:fail rate_limit_exceeded]]')).turn).toMatchObject({ kind: 'failed', code: 'rate_limit_exceeded' });
    expect(generate(ctx('[[oaic:incomplete]]')).turn).toMatchObject({ kind: 'message', incomplete: 'max_completion_tokens' });
    expect(generate(ctx('[[oaic:refuse]]')).turn.kind).toBe('refusal');
    expect(generate(ctx('[[oaic:say Hi there]]')).turn).toMatchObject({ text: expect.stringMatching(/^Hi there \[ctx [0-9a-f]{8}\]$/) });
  });

  it('answers after a tool output instead of calling again', () => {
    const c = ctx('[[oaic:call f {}]]');
    c.turns.push({ kind: 'tool_call', call: { callId: 'call_1', name: 'f', arguments: '{}' } }, { kind: 'tool_output', output: { callId: 'call_1', output: '42' } });
    expect(generate(c).turn).toMatchObject({ kind: 'message', text: expect.stringContaining('Tool results: 42.') });
  });

  it('asks for built-in tools only when the context declares them, once', () => {
    expect(generate(ctx('[[oaic:code print(1)]]')).builtin).toBeNull();
    const c = ctx('[[oaic:code print(1)]] [[oaic:delay 1500]]', { tools: [{ type: 'code_interpreter' }] });
    expect(generate(c)).toMatchObject({ builtin: { type: 'code_interpreter', source: 'print(1)' }, delayMs: 1500, stall: false });
    c.turns.push({ kind: 'tool_call', call: { callId: 'c', name: 'code_interpreter', arguments: 'print(1)' } }, { kind: 'tool_output', output: { callId: 'c', output: '1' } });
    expect(generate(c).builtin).toBeNull();
    expect(generate(ctx('[[oaic:search refunds]]', { tools: [{ type: 'file_search', vectorStoreIds: [] }] })).builtin).toEqual({ type: 'file_search', query: 'refunds' });
    expect(generate(ctx('[[oaic:stall]]')).stall).toBe(true);
  });

  it('splits deltas that concatenate back', () => {
    expect(splitDeltas('abcdefg', 3).join('')).toBe('abcdefg');
    expect(splitDeltas('abcdefg', 3)).toHaveLength(3);
    expect(splitDeltas('x'.repeat(4500), 1000)).toHaveLength(1000);
    expect(splitDeltas('ab', 5)).toEqual(['a', 'b']);
    expect(splitDeltas('', 3)).toEqual(['']);
  });
});
