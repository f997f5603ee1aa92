/**
 * Property: equivalent output under both APIs. For a generated thread, a run on the thread
 * (Assistants) and a response on the converted conversation (Responses, the thread read back
 * through the SDK and backfilled by src/convert) against the emulator give the same final text,
 * tool calls, status (through the status map) and token usage: the same context went in.
 * 25 batches of 8 threads run concurrently against one emulator: 200 threads end to end.
 * A failure prints fast-check's seed and path.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { RUN_TO_RESPONSE_STATUS } from './status-map.ts';
import { bothWays } from './both-ways.ts';
import { threadSpecArb } from './thread-spec.ts';

let emu: EmulatorHandle;
let client: OpenAI;
const dir = mkdtempSync(path.join(tmpdir(), 'oaic-equivalence-'));
let images: string[] = [];
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  emu = await startEmulator();
  client = new OpenAI({ apiKey: 'equivalence', baseURL: emu.baseURL, maxRetries: 0 });
  images = await Promise.all([0, 1, 2].map(async (i) => (await client.files.create({ file: await toFile(PNG, `image-${i}.png`), purpose: 'vision' })).id));
});
afterAll(() => emu.close());

describe('equivalent output under both APIs (emulator)', () => {
  it('a run on a thread and a response on its converted conversation give the same output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(threadSpecArb(images), { minLength: 8, maxLength: 8 }), async (specs) => {
        const outcomes = await Promise.all(specs.map((spec) => bothWays(client, spec, dir)));
        for (const { assistants, responses } of outcomes) {
          expect(responses.text).toBe(assistants.text);
          expect(responses.calls).toEqual(assistants.calls);
          expect(responses.usage).toEqual(assistants.usage);
          expect(responses.status).toBe(RUN_TO_RESPONSE_STATUS[assistants.status]?.status);
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
