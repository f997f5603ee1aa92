import { describe, expect, it } from 'vitest';
import { validateBody, validateItem } from './validate-items.ts';

describe('validateItem', () => {
  it('accepts what the spec and the service take', () => {
    expect(validateItem({ role: 'assistant', content: 'plain' })).toEqual([]);
    expect(validateItem({ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'x', annotations: [], logprobs: [] }] })).toEqual([]);
    expect(validateItem({ type: 'function_call_output', call_id: 'c', output: 'o' })).toEqual([]);
  });
  it('rejects input content in assistant turns (a service rule the spec does not state)', () => {
    const issues = validateItem({ type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'x' }] });
    expect(issues.map((i) => i.message).join()).toMatch(/service rule assistant-content-kinds/);
    expect(validateBody('CreateConversationItemsBody', { items: [{ role: 'assistant', content: [{ type: 'input_image', detail: 'auto', file_id: 'f' }] }] })).not.toEqual([]);
  });
  it('rejects a missing required field and more than 20 items', () => {
    expect(validateItem({ type: 'function_call', name: 'f', arguments: '{}' }).length).toBeGreaterThan(0);
    expect(validateBody('CreateConversationBody', { items: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) })[0]!.message).toMatch(/more than 20 items/);
  });
});
