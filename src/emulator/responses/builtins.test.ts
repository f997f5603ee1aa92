import { describe, expect, it } from 'vitest';
import type { ModelContext } from '../model/context.ts';
import { Namespace } from '../store.ts';
import { builtinRequest, runBuiltin } from './builtins.ts';
import { parseCreate } from './params.ts';

const ctx = (text: string, tools: ModelContext['tools']): ModelContext => ({ model: 'gpt-4o', instructions: null, tools, maxOutputTokens: null, turns: [{ kind: 'message', message: { role: 'user', parts: [{ type: 'text', text }] } }] });

describe('Responses built-in tools', () => {
  it('asks for a tool only when the context declares it, and not after its output', () => {
    expect(builtinRequest(ctx('[[oaic:code 1+1]]', []))).toBeNull();
    expect(builtinRequest(ctx('[[oaic:code 1+1]]', [{ type: 'code_interpreter' }]))).toEqual({ type: 'code_interpreter', source: '1+1' });
    expect(builtinRequest(ctx('x [[oaic:search refunds]]', [{ type: 'file_search', vectorStoreIds: [] }]))).toEqual({ type: 'file_search', query: 'refunds' });
    const after = ctx('[[oaic:code 1+1]]', [{ type: 'code_interpreter' }]);
    after.turns.push({ kind: 'tool_call', call: { callId: 'c', name: 'code_interpreter', arguments: '1+1' } }, { kind: 'tool_output', output: { callId: 'c', output: '2' } });
    expect(builtinRequest(after)).toBeNull();
  });

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
