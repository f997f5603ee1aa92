import { describe, expect, it } from 'vitest';
import type { Item } from '../conversations/items.ts';
import { buildContext, itemsToTurns, outputText } from './context.ts';

const msg = (role: string, content: unknown[]): Item => ({ id: 'msg_1', type: 'message', status: 'completed', role, content });

describe('Responses → ModelContext', () => {
  it('maps content parts by the shared context rule', () => {
    const turns = itemsToTurns([
      msg('user', [{ type: 'input_text', text: 'hi' }, { type: 'input_image', image_url: 'https://x/a.png', file_id: null }, { type: 'input_image', file_id: 'file-1', image_url: null }]),
      msg('assistant', [{ type: 'output_text', text: 'yo', annotations: [] }, { type: 'refusal', refusal: 'no' }]),
    ]);
    expect(turns).toEqual([
      { kind: 'message', message: { role: 'user', parts: [{ type: 'text', text: 'hi' }, { type: 'image', ref: 'url:https://x/a.png' }, { type: 'image', ref: 'file:file-1' }] } },
      { kind: 'message', message: { role: 'assistant', parts: [{ type: 'text', text: 'yo' }, { type: 'text', text: 'no' }] } },
    ]);
  });

  it('maps function calls and outputs, and leaves tool-progress items out', () => {
    const turns = itemsToTurns([
      { id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
      { id: 'fco_1', type: 'function_call_output', call_id: 'call_1', output: [{ type: 'input_text', text: 'a' }, { type: 'input_text', text: 'b' }] },
      { id: 'rs_1', type: 'reasoning', summary: [] },
      { id: 'fs_1', type: 'file_search_call', queries: ['q'] },
    ]);
    expect(turns).toEqual([
      { kind: 'tool_call', call: { callId: 'call_1', name: 'f', arguments: '{}' } },
      { kind: 'tool_output', output: { callId: 'call_1', output: 'ab' } },
    ]);
    expect(outputText(42)).toBe('');
  });

  it('puts the history before the input and keeps only the instructions given', () => {
    const ctx = buildContext({ model: 'gpt-4o', instructions: null, history: [msg('user', [{ type: 'input_text', text: 'one' }])], input: [msg('user', [{ type: 'input_text', text: 'two' }])], tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }, { type: 'web_search' }], maxOutputTokens: 32 });
    expect(ctx.turns.map((t) => (t.kind === 'message' ? t.message.parts[0] : null))).toEqual([{ type: 'text', text: 'one' }, { type: 'text', text: 'two' }]);
    expect(ctx.instructions).toBeNull();
    expect(ctx.tools).toEqual([{ type: 'file_search', vectorStoreIds: ['vs_1'] }, { type: 'web_search' }]);
    expect(ctx.maxOutputTokens).toBe(32);
  });
});
