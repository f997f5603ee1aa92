import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { reasoningEcho } from './reasoning-echo.ts';

describe('reasoningEcho', () => {
  it('answers nulls (context included, no mode) for non-reasoning models', () => {
    expect(reasoningEcho('gpt-4.1', {}, 'medium', null)).toEqual({ context: null, effort: null, summary: null });
  });

  it('fills the effective context and mode on reasoning models, in the service key order', () => {
    const echo = reasoningEcho('gpt-5', {}, 'low', 'auto');
    expect(echo).toEqual({ context: 'current_turn', effort: 'low', mode: 'standard', summary: 'auto' });
    expect(Object.keys(echo)).toEqual(['context', 'effort', 'mode', 'summary']);
    expect(reasoningEcho('gpt-5.6-sol', { context: 'auto' }, 'medium', null)).toMatchObject({ context: 'all_turns' });
    expect(reasoningEcho('o3', { context: 'all_turns', mode: 'pro' }, 'medium', null)).toMatchObject({ context: 'all_turns', mode: 'pro' });
  });

  it('rejects an unknown context and a non-string mode', () => {
    expect(() => reasoningEcho('gpt-5', { context: 'every_turn' }, 'medium', null)).toThrow(ApiError);
    expect(() => reasoningEcho('gpt-5', { mode: 3 }, 'medium', null)).toThrow(/reasoning\.mode/);
  });
});
