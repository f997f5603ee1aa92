import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSse } from '../../traffic/sse.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('emulator: responses-stream-error (ResponseErrorEvent mid-stream)', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('sends the events up to the first delta, then one spec-shaped error event, and ends', async () => {
    const res = await fetch(`${emu.baseURL}/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer stream-error-raw', 'content-type': 'application/json', 'x-oaic-fault': 'responses-stream-error' },
      body: JSON.stringify({ model: 'gpt-4o-mini', input: 'Say hello at some length please', stream: true }),
    });
    const requestId = res.headers.get('x-request-id');
    const { events } = parseSse(await res.text());
    const types = events.map((e) => e.event);
    expect(types).toEqual(['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added', 'response.output_text.delta', 'error']);
    const error = JSON.parse(events.at(-1)!.data) as Record<string, unknown>;
    expect(Object.keys(error).sort()).toEqual(['code', 'message', 'param', 'sequence_number', 'type']);
    expect(error).toMatchObject({ type: 'error', code: 'server_error', param: null, sequence_number: 5 });
    expect(String(error['message'])).toContain(`request ID ${requestId} `);
  });

  it('makes the SDK throw APIError with the message, and the stored response is failed', async () => {
    const client = new OpenAI({ apiKey: 'stream-error-sdk', baseURL: emu.baseURL, maxRetries: 0, defaultHeaders: { 'x-oaic-fault': 'responses-stream-error' } });
    const seen: string[] = [];
    let id = '';
    const err = await (async () => {
      const stream = await client.responses.create({ model: 'gpt-4o-mini', input: 'hello', stream: true });
      for await (const ev of stream) {
        seen.push(ev.type);
        if (ev.type === 'response.created') id = ev.response.id;
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as Error).message).toMatch(/^An error occurred while processing your request\./);
    expect(seen).not.toContain('response.completed');
    const plain = new OpenAI({ apiKey: 'stream-error-sdk', baseURL: emu.baseURL, maxRetries: 0 });
    const stored = await plain.responses.retrieve(id);
    expect(stored).toMatchObject({ status: 'failed', output: [], usage: null, error: { code: 'server_error' } });
  });
});
