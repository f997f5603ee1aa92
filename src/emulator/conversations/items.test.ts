import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { IdGenerator } from '../ids.ts';
import { normalizeItem, normalizeItems, supportedList } from './items.ts';

const ids = () => new IdGenerator('items-test');
const fails = (fn: () => unknown): ApiError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
};

describe('conversation / input items', () => {
  it('turns easy messages into messages with input_text or output_text parts', () => {
    expect(normalizeItem({ role: 'user', content: 'hi' }, 'input[0]', ids())).toMatchObject({ type: 'message', id: expect.stringMatching(/^msg_/), status: 'completed', role: 'user', content: [{ type: 'input_text', text: 'hi' }] });
    expect(normalizeItem({ role: 'assistant', content: 'yo' }, 'input[0]', ids())).toMatchObject({ content: [{ type: 'output_text', annotations: [], logprobs: [], text: 'yo' }] });
  });

  it('keeps given ids and statuses and assigns real prefixes by type', () => {
    const g = ids();
    expect(normalizeItem({ type: 'message', id: 'msg_x', status: 'incomplete', role: 'assistant', content: [{ type: 'output_text', text: 'a' }] }, 'items[0]', g)).toMatchObject({ id: 'msg_x', status: 'incomplete' });
    expect(normalizeItem({ type: 'function_call', call_id: 'c', name: 'f', arguments: '{}' }, 'items[0]', g).id).toMatch(/^fc_/);
    expect(normalizeItem({ type: 'function_call_output', call_id: 'c', output: 'o' }, 'items[0]', g).id).toMatch(/^fco_/);
  });

  it('rejects malformed items with the param path of the offending field', () => {
    expect(fails(() => normalizeItem({ role: 'bot', content: 'x' }, 'items[2]', ids())).envelope().error).toEqual({ message: "Invalid value: 'bot'. Supported values are: 'assistant', 'system', 'developer', and 'user'.", type: 'invalid_request_error', param: 'items[2].role', code: 'invalid_value' });
    expect(fails(() => normalizeItem({ type: 'message', role: 'user' }, 'input[0]', ids())).param).toBe('input[0].content');
    expect(fails(() => normalizeItem({ role: 'user', content: [{ type: 'input_text' }] }, 'input[0]', ids())).param).toBe('input[0].content[0].text');
    expect(fails(() => normalizeItem({ role: 'user', content: 5 }, 'input[0]', ids())).code).toBe('invalid_type');
    expect(fails(() => normalizeItem({ type: 'nope' }, 'input[0]', ids())).param).toBe('input[0].type');
    expect(fails(() => normalizeItem('text', 'input[0]', ids())).message).toBe("Invalid type for 'input[0]': expected an object, but got a string instead.");
  });

  it('caps the number of items per call', () => {
    const items = Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' }));
    expect(normalizeItems(items.slice(1), 'items', ids(), 20)).toHaveLength(20);
    expect(fails(() => normalizeItems(items, 'items', ids(), 20)).code).toBe('array_above_max_length');
    expect(normalizeItems(items, 'input', ids(), null)).toHaveLength(21);
  });

  it('lists supported values as the service does', () => {
    expect(supportedList(['a'])).toBe("'a'");
    expect(supportedList(['a', 'b'])).toBe("'a' and 'b'");
    expect(supportedList(['a', 'b', 'c'])).toBe("'a', 'b', and 'c'");
  });
});
