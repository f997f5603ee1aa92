import { describe, expect, it } from 'vitest';
import { retryAfterMs, withRetries } from './retry-fetch.ts';

const sequence = (...steps: (number | Error)[]) => {
  let i = 0;
  const calls: number[] = [];
  const fn = (async () => {
    const s = steps[Math.min(i++, steps.length - 1)]!;
    calls.push(i);
    if (s instanceof Error) throw s;
    return new Response(JSON.stringify({ ok: s === 200 }), { status: s, headers: s === 429 ? { 'retry-after': '2' } : {} });
  }) as typeof fetch;
  return { fn, calls };
};

describe('withRetries', () => {
  it('retries 429, 5xx and dropped connections, honouring retry-after', async () => {
    const delays: number[] = [];
    const { fn, calls } = sequence(429, 503, new TypeError('fetch failed: ECONNRESET'), 200);
    const f = withRetries(fn, { retries: 3, sleep: async (ms) => void delays.push(ms) });
    const r = await f('http://x/v1/threads', { method: 'POST', body: '{}' });
    expect(r.status).toBe(200);
    expect(calls).toHaveLength(4);
    expect(delays[0]).toBe(2000);
  });

  it('gives up after the configured retries with the last answer', async () => {
    const { fn, calls } = sequence(500, 500, 500);
    const r = await withRetries(fn, { retries: 1, sleep: async () => undefined })('http://x/v1/a');
    expect(r.status).toBe(500);
    expect(calls).toHaveLength(2);
  });

  it('does not retry 4xx other than 408/409/429, nor unsendable bodies', async () => {
    const { fn, calls } = sequence(400, 200);
    expect((await withRetries(fn, { retries: 3, sleep: async () => undefined })('http://x')).status).toBe(400);
    expect(calls).toHaveLength(1);
    const s2 = sequence(503, 200);
    const stream = new ReadableStream();
    expect((await withRetries(s2.fn, { retries: 3, sleep: async () => undefined })('http://x', { method: 'POST', body: stream })).status).toBe(503);
  });

  it('parses retry-after forms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6000);
    expect(retryAfterMs(new Headers())).toBeNull();
  });
});
