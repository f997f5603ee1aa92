import { encodeMultipart } from '../recording/multipart.ts';
import { createObserver, type Observer } from './observer.ts';

type Fetch = typeof fetch;

/** Below the observer: FormData bodies become bytes with a fixed boundary. */
function withFixedMultipart(next: Fetch): Fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (!(init.body instanceof FormData)) return next(input, init);
    const { body, contentType } = await encodeMultipart(init.body);
    const headers = new Headers(init.headers);
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
export function buildHarnessFetch(below: Fetch = (i, n) => globalThis.fetch(i, n)): { fetch: Fetch; observer: Observer } {
  const observer = createObserver(withFixedMultipart(below));
  const fetchFn = Object.assign(observer.fetch, { Response });
  return { fetch: fetchFn, observer };
}
