import { createHash } from 'node:crypto';
import { binarySummary, DROP_HEADERS, isTextual, parseText, splitUrl } from '../traffic/body.ts';
import { SseParser } from '../traffic/sse.ts';
import type { HttpExchange, MultipartSummary, SseEvent } from '../traffic/types.ts';

type Fetch = typeof fetch;

export interface Observer {
  fetch: Fetch;
  exchanges: HttpExchange[];
  /** Resolves when every response body the observer is reading has ended. */
  settle(): Promise<void>;
}

async function summariseForm(form: FormData): Promise<MultipartSummary> {
  const summary: MultipartSummary = { multipart: true, fields: {}, files: [] };
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      summary.fields[field] = value;
    } else {
      const bytes = new Uint8Array(await value.arrayBuffer());
      summary.files.push({
        field,
        filename: (value as File).name ?? 'blob',
        contentType: value.type || null,
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
  }
  return summary;
}

/**
 * Wraps a fetch so that every request and response is recorded as an HttpExchange, SSE bodies
 * parsed event by event as they arrive (the caller still gets the stream unchanged).
 */
export function createObserver(next: Fetch, onComplete?: (exchange: HttpExchange) => void): Observer {
  const exchanges: HttpExchange[] = [];
  const pending = new Set<Promise<void>>();

  const track = (p: Promise<void>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };

  const observed = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
    const { path, query } = splitUrl(url);
    const body = init.body;
    let requestBody: unknown = null;
    if (body instanceof FormData) requestBody = await summariseForm(body);
    else if (typeof body === 'string') requestBody = parseText(body, headers.get('content-type'));
    else if (body instanceof Uint8Array || body instanceof ArrayBuffer) requestBody = binarySummary(new Uint8Array(body as ArrayBuffer));

    const exchange: HttpExchange = {
      index: exchanges.length,
      method: (init.method ?? 'GET').toUpperCase(),
      path,
      query,
      requestContentType: body instanceof FormData ? 'multipart/form-data' : headers.get('content-type'),
      requestBody,
      status: 0,
      responseHeaders: {},
      responseContentType: null,
      responseBody: null,
      sse: null,
      startedAt: new Date().toISOString(),
    };
    exchanges.push(exchange);
    const started = performance.now();

    let response: Response;
    try {
      response = await next(input, init);
    } catch (error) {
      exchange.transportError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      exchange.durationMs = Math.round(performance.now() - started);
      throw error;
    }

    exchange.status = response.status;
    response.headers.forEach((value, name) => {
      if (!DROP_HEADERS.test(name)) exchange.responseHeaders[name.toLowerCase()] = value;
    });
    const contentType = response.headers.get('content-type');
    exchange.responseContentType = contentType;

    if (contentType?.includes('text/event-stream') && response.body) {
      const [forCaller, forUs] = response.body.tee();
      const events: SseEvent[] = [];
      exchange.sse = events;
      const parser = new SseParser(() => Math.round(performance.now() - started));
      track((async () => {
        const decoder = new TextDecoder();
        const reader = forUs.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            events.push(...parser.push(decoder.decode(value, { stream: true })));
          }
          events.push(...parser.push(decoder.decode()));
          exchange.sseTrailing = parser.end().trailing;
        } catch (error) {
          exchange.transportError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        } finally {
          exchange.durationMs = Math.round(performance.now() - started);
          onComplete?.(exchange);
        }
      })());
      return new Response(forCaller, { status: response.status, statusText: response.statusText, headers: response.headers });
    }

    const copy = response.clone();
    track((async () => {
      try {
        if (isTextual(contentType)) exchange.responseBody = parseText(await copy.text(), contentType);
        else exchange.responseBody = binarySummary(new Uint8Array(await copy.arrayBuffer()));
      } catch (error) {
        exchange.transportError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      } finally {
        exchange.durationMs = Math.round(performance.now() - started);
        onComplete?.(exchange);
      }
    })());
    return response;
  };

  return {
    fetch: observed as Fetch,
    exchanges,
    async settle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
