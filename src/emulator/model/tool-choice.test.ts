import { describe, expect, it } from 'vitest';
import type { ModelContext } from './context.ts';
import { generate } from './generate.ts';
import { applyToolChoice } from './tool-choice.ts';

const ctx = (text: string): ModelContext => ({ model: 'gpt-4o', instructions: null, tools: [{ type: 'function', name: 'f' }], maxOutputTokens: null, turns: [{ kind: 'message', message: { role: 'user', parts: [{ type: 'text', text }] } }] });

describe('tool_choice', () => {
  it('none answers instead of calling', () => {
    const c = ctx('x [[oaic:call f {}]]');
    expect(applyToolChoice(c, generate(c).turn, { kind: 'none' }, ['f'])).toMatchObject({ kind: 'message', text: expect.stringMatching(/^You said: x\./) });
  });
  it('required and a named function call when the model would answer; auto changes nothing', () => {
    const c = ctx('x');
    const turn = generate(c).turn;
    expect(applyToolChoice(c, turn, { kind: 'required' }, ['f', 'g'])).toEqual({ kind: 'tool_calls', calls: [{ name: 'f', arguments: '{}' }] });
    expect(applyToolChoice(c, turn, { kind: 'function', name: 'g' }, ['f', 'g'])).toEqual({ kind: 'tool_calls', calls: [{ name: 'g', arguments: '{}' }] });
    expect(applyToolChoice(c, turn, { kind: 'auto' }, ['f'])).toBe(turn);
  });
});
