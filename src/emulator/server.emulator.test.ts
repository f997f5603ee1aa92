import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from './server.ts';

describe('emulator server', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('listens on a loopback port and answers health', async () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${emu.baseURL}/_oaic/health`, { headers: { authorization: 'Bearer k' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-request-id')).toMatch(/^req_/);
    expect(await r.json()).toEqual({ ok: true, emulator: 'oaic' });
  });

  it('answers unknown routes with the error envelope, through the SDK', async () => {
    const client = new OpenAI({ apiKey: 'k', baseURL: emu.baseURL, maxRetries: 0 });
    const err = await client.get('/no/such/route').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.NotFoundError>).error).toEqual({ message: 'Invalid URL (GET /v1/no/such/route)', type: 'invalid_request_error', param: null, code: null });
  });

  it('rejects a request without a key with 401', async () => {
    const r = await fetch(`${emu.baseURL}/_oaic/health`);
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/didn't provide an API key/);
  });

  it('keeps state per API key', async () => {
    const a = await (await fetch(`${emu.baseURL}/_oaic/namespace`, { headers: { authorization: 'Bearer a' } })).json();
    const b = await (await fetch(`${emu.baseURL}/_oaic/namespace`, { headers: { authorization: 'Bearer b' } })).json();
    expect(a).not.toEqual(b);
  });

  it('writes SSE frames as they are produced, not when the stream ends', async () => {
    async function* frames() {
      yield { event: 'first', data: '1' };
      await new Promise((resolve) => setTimeout(resolve, 150));
      yield { event: 'second', data: '2' };
    }
    const held = await startEmulator({ middleware: [(req) => (req.path === '/_test/stream' ? { kind: 'sse', frames: frames() } : undefined)] });
    try {
      const started = performance.now();
      const r = await fetch(`${held.baseURL}/_test/stream`, { headers: { authorization: 'Bearer k' } });
      const reader = r.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      const firstAt = performance.now() - started;
      let rest = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        rest += new TextDecoder().decode(value);
      }
      const endAt = performance.now() - started;
      expect(first).toBe('event: first\ndata: 1\n\n');
      expect(rest).toBe('event: second\ndata: 2\n\n');
      expect(endAt - firstAt).toBeGreaterThanOrEqual(100);
    } finally {
      await held.close();
    }
  });
});
