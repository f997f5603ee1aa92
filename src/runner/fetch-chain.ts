import { encodeMultipart, fixEncodedMultipart } from '../recording/multipart.ts';
import type { HttpExchange } from '../traffic/types.ts';
import { createObserver, type Observer } from './observer.ts';

type Fetch = typeof fetch;

/** Below the observer: upload bodies (FormData, or multipart the SDK encoded itself) become bytes with a fixed boundary. */
function withFixedMultipart(next: Fetch): Fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const declared = headers.get('content-type') ?? '';
    const encoded = init.body instanceof FormData
      ? await encodeMultipart(init.body)
      : /^multipart\/form-data/i.test(declared) ? await fixEncodedMultipart(init.body, declared) : null;
    if (!encoded) return next(input, init);
    const { body, contentType } = encoded;
    headers.set('content-type', contentType);
    headers.delete('content-length');
    return next(input, { ...init, headers, body });
  }) as Fetch;
}

/**
 * The fetch the SDK client gets: observer → fixed multipart → `below` (the recording session's
 * fetch, or a late-bound globalThis.fetch). `Response` is attached so the SDK skips its
 * `fetch('data:,')` capability probe.
 */
export function buildHarnessFetch(
  below: Fetch = (i, n) => globalThis.fetch(i, n),
  hooks: { beforeRequest?: (method: string, path: string) => void; onComplete?: (exchange: HttpExchange) => void } = {},
): { fetch: Fetch; observer: Observer } {
  const guarded: Fetch = hooks.beforeRequest
    ? (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        hooks.beforeRequest!((init?.method ?? 'GET').toUpperCase(), new URL(url).pathname);
        return below(input, init);
      }
    : below;
  const observer = createObserver(withFixedMultipart(guarded), hooks.onComplete);
  const fetchFn = Object.assign(observer.fetch, { Response });
  return { fetch: fetchFn, observer };
}
