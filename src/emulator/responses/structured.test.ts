import { describe, expect, it } from 'vitest';
import { formatReply } from './structured.ts';

describe('structured output replies', () => {
  it('fills a json_schema with the reply in string slots and typed defaults elsewhere', () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' }, n: { type: 'integer', minimum: 3 }, ok: { type: 'boolean' }, tags: { type: 'array', items: { type: 'string' } }, kind: { enum: ['a', 'b'] }, maybe: { type: ['string', 'null'] }, ref: { $ref: '#/$defs/R' } },
      required: ['name', 'n', 'ok', 'tags', 'kind', 'maybe', 'ref'],
      $defs: { R: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] } },
    };
    expect(JSON.parse(formatReply('hi', { type: 'json_schema', schema }))).toEqual({ name: 'hi', n: 3, ok: false, tags: ['hi'], kind: 'a', maybe: 'hi', ref: { x: 0 } });
  });

  it('wraps json_object replies and leaves text alone', () => {
    expect(JSON.parse(formatReply('hi', { type: 'json_object' }))).toEqual({ reply: 'hi' });
    expect(formatReply('hi', { type: 'text' })).toBe('hi');
  });

  it('stops at recursive schemas', () => {
    const schema = { $ref: '#/$defs/N', $defs: { N: { type: 'object', properties: { next: { $ref: '#/$defs/N' } }, required: ['next'] } } };
    expect(() => JSON.parse(formatReply('x', { type: 'json_schema', schema }))).not.toThrow();
  });
});
