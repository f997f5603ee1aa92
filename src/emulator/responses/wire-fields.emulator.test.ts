/**
 * Fields the real service sends on Response objects and items that the emulator once left out
 * (docs/discoveries/emulator-fidelity.md, "Emulator deviations found"), through the official SDK.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('emulator: Responses wire fields the real service sends', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `wire-fields-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('usage.input_tokens_details carries cache_write_tokens (required by ResponseUsage)', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: 'hi' });
    expect(r.usage?.input_tokens_details).toEqual({ cache_write_tokens: 0, cached_tokens: 0 });
  });

  it('every response object carries moderation: null, between model and output, in every delivery mode', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: 'hi' });
    const keys = Object.keys(r);
    expect(r).toHaveProperty('moderation', null);
    expect(keys.indexOf('moderation')).toBe(keys.indexOf('model') + 1);
    expect(keys.indexOf('output')).toBe(keys.indexOf('moderation') + 1);
    const stream = await c.responses.create({ model: 'gpt-4o', input: 'hi', stream: true });
    const snapshots: unknown[] = [];
    for await (const ev of stream) if ('response' in ev) snapshots.push(ev.response);
    expect(snapshots.length).toBeGreaterThan(2);
    for (const s of snapshots) expect(s).toHaveProperty('moderation', null);
    expect(await c.responses.retrieve(r.id)).toHaveProperty('moderation', null);
  });
  it('echoes function tools with output_schema (null unless sent)', async () => {
    const params = { type: 'object', properties: {} };
    const r = await client().responses.create({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: 'f', parameters: params, strict: false }] });
    expect(r.tools[0]).toEqual({ type: 'function', description: null, name: 'f', output_schema: null, parameters: params, strict: false });
    expect(Object.keys(r.tools[0]!)).toEqual(['type', 'description', 'name', 'output_schema', 'parameters', 'strict']);
  });

  it('echoes reasoning with context (null on non-reasoning models; effective context and mode on reasoning models)', async () => {
    const c = client();
    expect((await c.responses.create({ model: 'gpt-4.1', input: 'hi' })).reasoning).toEqual({ context: null, effort: null, summary: null });
    expect((await c.responses.create({ model: 'gpt-5', input: 'hi' })).reasoning).toEqual({ context: 'current_turn', effort: 'medium', mode: 'standard', summary: null });
    const sol = await c.responses.create({ model: 'gpt-5.6-sol', input: 'hi', reasoning: { effort: 'low', context: 'auto', mode: 'pro' } as OpenAI.Reasoning });
    expect(sol.reasoning).toEqual({ context: 'all_turns', effort: 'low', mode: 'pro', summary: null });
  });
  it('reasoning items carry content: [] (before summary), in the object and in the stream', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'o4-mini', input: 'think', reasoning: { summary: 'auto' }, include: ['reasoning.encrypted_content'] });
    const rs = r.output[0]!;
    expect(rs).toMatchObject({ type: 'reasoning', content: [] });
    expect(Object.keys(rs)).toEqual(['id', 'type', 'content', 'encrypted_content', 'summary']);
    const stream = await c.responses.create({ model: 'o4-mini', input: 'think', stream: true });
    const items: unknown[] = [];
    for await (const ev of stream) if (ev.type === 'response.output_item.added' || ev.type === 'response.output_item.done') items.push(ev.item);
    expect(items.filter((i) => (i as { type: string }).type === 'reasoning')).toEqual([expect.objectContaining({ content: [] }), expect.objectContaining({ content: [] })]);
  });

  it('messages of gpt-5.5 / gpt-5.6 carry phase final_answer (before role); other models none', async () => {
    const c = client();
    for (const model of ['gpt-5.5', 'gpt-5.6-sol']) {
      const msg = (await c.responses.create({ model, input: 'hi' })).output.find((o) => o.type === 'message')!;
      expect(msg).toHaveProperty('phase', 'final_answer');
      expect(Object.keys(msg)).toEqual(['id', 'type', 'status', 'content', 'phase', 'role']);
    }
    for (const model of ['gpt-5', 'gpt-5.2', 'o3', 'gpt-4o']) {
      const msg = (await c.responses.create({ model, input: 'hi' })).output.find((o) => o.type === 'message')!;
      expect(msg).not.toHaveProperty('phase');
    }
    const stream = await c.responses.create({ model: 'gpt-5.5', input: 'hi', stream: true });
    for await (const ev of stream) if (ev.type === 'response.output_item.added' && ev.item.type === 'message') expect(ev.item).toHaveProperty('phase', 'final_answer');
  });
});
