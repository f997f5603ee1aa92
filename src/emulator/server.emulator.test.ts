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
});
