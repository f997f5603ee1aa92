import { describe, expect, it } from 'vitest';
import { Namespace } from '../store.ts';
import { runBuiltin } from './builtins.ts';
import { parseCreate } from './params.ts';

describe('Responses built-in tools', () => {
  it('appends the same tool turns as the Assistants runs do', () => {
    const ns = new Namespace('builtins', 'logical');
    const p = parseCreate({ model: 'gpt-4o', tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }, { type: 'code_interpreter', container: { type: 'auto' } }] });
    const code = runBuiltin(ns, p, { type: 'code_interpreter', source: '2*21' });
    expect(code.turns.map((t) => (t.kind === 'tool_call' ? [t.call.name, t.call.arguments] : t.kind === 'tool_output' ? t.output.output : null))).toEqual([['code_interpreter', '2*21'], '42']);
    expect(code.item).toMatchObject({ type: 'code_interpreter_call', code: '2*21', outputs: null });
    const search = runBuiltin(ns, p, { type: 'file_search', query: 'refunds' });
    expect(search.turns.map((t) => (t.kind === 'tool_call' ? [t.call.name, t.call.arguments] : t.kind === 'tool_output' ? t.output.output : null))).toEqual([['file_search', '{"query":"refunds"}'], 'No results.']);
    expect(search.item).toMatchObject({ type: 'file_search_call', queries: ['refunds'], results: null });
  });
});
