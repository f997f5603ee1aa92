import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type EmulatorHandle } from './server.ts';

const REAL_500 = /^The server had an error processing your request\. Sorry about that! You can retry your request, or contact us through our help center at help\.openai\.com if you keep seeing this error\. \(Please include the request ID (req_[0-9A-Za-z]+) in your email\.\)$/;

describe('emulator: the 500 answer (real text, the request id, no exception text)', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ middleware: [(req) => { if (req.path === '/boom') throw new Error('secret internals'); return undefined; }] });
  });
  afterAll(() => emu.close());

  it('http-500-once answers the real text naming the x-request-id of the answer', async () => {
    const client = new OpenAI({ apiKey: 'server-error-fault', baseURL: emu.baseURL, maxRetries: 0, defaultHeaders: { 'x-oaic-fault': 'http-500-once' } });
    const err = await client.models.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    const e = err as InstanceType<typeof OpenAI.InternalServerError>;
    expect(e.error).toMatchObject({ type: 'server_error', param: null, code: null });
    const id = REAL_500.exec((e.error as { message: string }).message)?.[1];
    expect(id).toBeDefined();
    expect(e.requestID).toBe(id);
  });

  it('a handler that throws gets the same text; the exception goes to stderr, not to the client', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const client = new OpenAI({ apiKey: 'server-error-crash', baseURL: emu.baseURL, maxRetries: 0 });
      const err = (await client.get('/boom').catch((e: unknown) => e)) as InstanceType<typeof OpenAI.InternalServerError>;
      expect(err).toBeInstanceOf(OpenAI.InternalServerError);
      const message = (err.error as { message: string }).message;
      expect(message).toMatch(REAL_500);
      expect(message).not.toContain('secret internals');
      expect(REAL_500.exec(message)?.[1]).toBe(err.requestID);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('secret internals');
    } finally {
      stderr.mockRestore();
    }
  });
});
