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
});
