/**
 * Retries for live targets, below the recording layer so a recording holds only the answer that
 * counted: 429, 5xx and dropped connections are retried with exponential backoff, honouring
 * `retry-after-ms` / `retry-after` (seconds or an HTTP date). Streamed request bodies cannot be
 * re-sent and are not retried.
 */
type Fetch = typeof fetch;

export interface RetryOptions {
  retries: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called before each retry (for progress output and reports). */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string; method: string; url: string }) => void;
  sleep?: (ms: number) => Promise<void>;
}

const RETRY_STATUS = (s: number) => s === 408 || s === 409 || s === 429 || s >= 500;

export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers.get('retry-after');
  if (ra === null) return null;
  if (/^\d+(\.\d+)?$/.test(ra.trim())) return Number(ra) * 1000;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function withRetries(next: Fetch, opts: RetryOptions): Fetch {
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 8_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const resendable = init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array || init.body instanceof ArrayBuffer;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    for (let attempt = 0; ; attempt++) {
      const backoff = Math.min(max, base * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      let response: Response;
      try {
        response = await next(input, init);
      } catch (error) {
        if (init.signal?.aborted || !resendable || attempt >= opts.retries) throw error;
        opts.onRetry?.({ attempt: attempt + 1, delayMs: Math.round(backoff), reason: (error as Error).message, method, url });
        await sleep(backoff);
        continue;
      }
      if (!RETRY_STATUS(response.status) || !resendable || attempt >= opts.retries) return response;
      const delay = Math.min(max * 4, retryAfterMs(response.headers) ?? backoff);
      await response.body?.cancel().catch(() => undefined);
      opts.onRetry?.({ attempt: attempt + 1, delayMs: Math.round(delay), reason: `HTTP ${response.status}`, method, url });
      await sleep(delay);
    }
  }) as Fetch;
}
