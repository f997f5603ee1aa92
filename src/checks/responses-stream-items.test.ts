import { describe, expect, it } from 'vitest';
import { itemTextProblems, newItem, openScopes } from './responses-stream-items.ts';

describe('responses-stream-items', () => {
  it('compares family texts with the item object, id first', () => {
    const item = newItem('msg_1', 'message', 0, false);
    item.families.set('response.output_text|0', { state: 'done', acc: 'hi', done: 'hi' });
    expect(itemTextProblems(item, { id: 'msg_1', content: [{ text: 'hi' }] }, '$.item')).toEqual([]);
    expect(itemTextProblems(item, { id: 'msg_1', content: [{ text: 'ho' }] }, '$.item').map((p) => p.path)).toEqual(['$.item.content[0].text']);
    expect(itemTextProblems(item, { id: 'msg_2' }, '$.item').map((p) => p.path)).toEqual(['$.item.id']);
  });
  it('lists what is still open', () => {
    const item = newItem('fc_1', 'function_call', 0, false);
    item.parts.set('part:0', 'added');
    item.families.set('response.function_call_arguments|', { state: 'delta', acc: '{' });
    expect(openScopes(item)).toEqual(['part:0', 'response.function_call_arguments.done']);
  });
});
