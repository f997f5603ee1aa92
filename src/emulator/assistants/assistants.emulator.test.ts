import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('assistants surface', () => {
  let emu: EmulatorHandle;
  let client: OpenAI;
  const fault = (name: string) => new OpenAI({ apiKey: 'asst-fault', baseURL: emu.baseURL, maxRetries: 0, defaultHeaders: { 'x-oaic-fault': name } });
  beforeAll(async () => {
    emu = await startEmulator();
    client = new OpenAI({ apiKey: 'asst-test', baseURL: emu.baseURL, maxRetries: 0 });
  });
  afterAll(() => emu.close());

  const error = async (p: Promise<unknown>) => {
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OpenAI.APIError);
    return e as InstanceType<typeof OpenAI.APIError>;
  };

  it('creates, retrieves, updates, lists and deletes with the real shape', async () => {
    const a = await client.beta.assistants.create({ model: 'gpt-4o-mini', name: 'Math Tutor', instructions: 'Be brief.', tools: [{ type: 'code_interpreter' }] });
    expect(Object.keys(a)).toEqual(['id', 'object', 'created_at', 'name', 'description', 'model', 'instructions', 'tools', 'top_p', 'temperature', 'reasoning_effort', 'tool_resources', 'metadata', 'response_format']);
    expect(a).toMatchObject({ object: 'assistant', temperature: 1, top_p: 1, reasoning_effort: null, tool_resources: { code_interpreter: { file_ids: [] } }, metadata: {}, response_format: 'auto', description: null });
    expect(a.id).toMatch(/^asst_[A-Za-z0-9]{24}$/);
    expect(await client.beta.assistants.retrieve(a.id)).toEqual(a);
    const u = await client.beta.assistants.update(a.id, { name: 'Renamed', metadata: { k: 'v' }, tools: [{ type: 'file_search' }] });
    expect(u).toMatchObject({ name: 'Renamed', instructions: 'Be brief.', metadata: { k: 'v' }, tool_resources: { file_search: { vector_store_ids: [] } } });
    expect(u.tools[0]).toEqual({ type: 'file_search', file_search: { ranking_options: { ranker: 'default_2024_08_21', score_threshold: 0 } } });
    const del = await client.beta.assistants.delete(a.id);
    expect(del).toEqual({ id: a.id, object: 'assistant.deleted', deleted: true });
    const nf = await error(client.beta.assistants.retrieve(a.id));
    expect(nf.status).toBe(404);
    expect(nf.message).toBe(`404 No assistant found with id '${a.id}'.`);
  });

  it('paginates with limit, order, after and before', async () => {
    const c = new OpenAI({ apiKey: 'asst-pages', baseURL: emu.baseURL, maxRetries: 0 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await c.beta.assistants.create({ model: 'gpt-4o', name: `a${i}` })).id);
    const first = await c.beta.assistants.list({ limit: 2 });
    expect(first.data.map((x) => x.id)).toEqual([ids[4], ids[3]]);
    expect(first.hasNextPage()).toBe(true);
    const all: string[] = [];
    for await (const a of c.beta.assistants.list({ limit: 2, order: 'asc' })) all.push(a.id);
    expect(all).toEqual(ids);
    const before = await c.beta.assistants.list({ order: 'asc', before: ids[3]!, limit: 2 });
    expect(before.data.map((x) => x.id)).toEqual([ids[1], ids[2]]);
  });

  it('enforces the limits with the real errors', async () => {
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ instructions: 'x'.repeat(256_001) }, "Invalid 'instructions': string too long. Expected a string with maximum length 256000, but got a string with length 256001 instead.", 'string_above_max_length'],
      [{ tools: Array.from({ length: 129 }, () => ({ type: 'code_interpreter' })) }, "Invalid 'tools': array too long. Expected an array with maximum length 128, but got an array with length 129 instead.", 'array_above_max_length'],
      [{ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }, "Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got an object with 17 properties instead.", 'object_above_max_properties'],
      [{ metadata: { ['k'.repeat(65)]: 'v' } }, `Invalid property name in 'metadata': '${'k'.repeat(65)}' is too long. Expected a string with maximum length 64, but got a string with length 65 instead.`, 'property_name_above_max_length'],
      [{ metadata: { k: 'v'.repeat(513) } }, "Invalid 'metadata.k': string too long. Expected a string with maximum length 512, but got a string with length 513 instead.", 'string_above_max_length'],
      [{ metadata: { modified: true } }, "Invalid type for 'metadata.modified': expected a string, but got a boolean instead.", 'invalid_type'],
      [{ tool_resources: { code_interpreter: { file_ids: Array.from({ length: 21 }, (_, i) => `file-${i}`) } } }, "Invalid 'tool_resources.code_interpreter.file_ids': array too long. Expected an array with maximum length 20, but got an array with length 21 instead.", 'array_above_max_length'],
      [{ tool_resources: { file_search: { vector_store_ids: ['vs_1', 'vs_2'] } } }, "Invalid 'tool_resources.file_search.vector_store_ids': array too long. Expected an array with maximum length 1, but got an array with length 2 instead.", 'array_above_max_length'],
      [{ model: 'o3-mini', temperature: 0.5 }, "Unsupported parameter: 'temperature' is not supported with this model.", 'unsupported_parameter'],
      [{ model: 'o3-mini', top_p: 0.5 }, "Unsupported parameter: 'top_p' is not supported with this model.", 'unsupported_parameter'],
      [{ bogus: 1 }, "Unknown parameter: 'bogus'.", 'unknown_parameter'],
    ];
    for (const [extra, message, code] of cases) {
      const e = await error(client.beta.assistants.create({ model: 'gpt-4o', ...extra } as never));
      expect({ status: e.status, message: e.error && (e.error as { message: string }).message, code: e.code }).toEqual({ status: 400, message, code });
    }
    const missing = await error(client.beta.assistants.create({} as never));
    expect(missing.message).toBe("400 Missing required parameter: 'model'.");
    // Exactly at the limits is fine.
    const ok = await client.beta.assistants.create({ model: 'gpt-4o', instructions: 'x'.repeat(256_000), metadata: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`.padEnd(64, 'k'), 'v'.repeat(512)])) });
    expect(ok.instructions).toHaveLength(256_000);
  });

  it('switching to a reasoning model clears sampling; the stored-temperature fault refuses it', async () => {
    const a = await client.beta.assistants.create({ model: 'gpt-4o', temperature: 0.7 });
    const switched = await client.beta.assistants.update(a.id, { model: 'o3-mini' });
    expect(switched).toMatchObject({ model: 'o3-mini', temperature: null, top_p: null });
    const f = fault('reasoning-stored-temperature');
    const b = await f.beta.assistants.create({ model: 'gpt-4o', temperature: 0.7 });
    const e = await error(f.beta.assistants.update(b.id, { model: 'o3-mini' }));
    expect(e.error).toEqual({ message: "Unsupported parameter: 'temperature' is not supported with this model.", type: 'invalid_request_error', param: 'model', code: 'unsupported_model' });
    expect((await f.beta.assistants.update(b.id, { model: 'o3-mini', temperature: null, top_p: null })).model).toBe('o3-mini');
    const r = await f.beta.assistants.create({ model: 'o3-mini' });
    expect(r.temperature).toBe(1);
    expect((await client.beta.assistants.create({ model: 'o3-mini' })).temperature).toBeNull();
  });
});
