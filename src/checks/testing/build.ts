/**
 * Test-only builders for Traffic: exchanges, streams and plausible API objects made from the
 * checks' own tables (never copied from the corpus or the spec's examples).
 */
import type { HttpExchange, SseEvent, Traffic } from '../../traffic/types.ts';

export interface ExchangeInit {
  method?: string;
  path: string;
  query?: string;
  status?: number;
  body?: unknown;
  requestBody?: unknown;
  headers?: Record<string, string>;
  events?: readonly { event: string | null; data: unknown }[];
  startedAt?: string;
}

export function exchange(init: ExchangeInit, index = 0): HttpExchange {
  const sse: SseEvent[] | null = init.events
    ? init.events.map((e, i) => ({ index: i, event: e.event, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) }))
    : null;
  const ex: HttpExchange = {
    index,
    method: init.method ?? (init.events ? 'POST' : 'GET'),
    path: init.path,
    query: init.query ?? '',
    requestContentType: init.requestBody === undefined ? null : 'application/json',
    requestBody: init.requestBody ?? null,
    status: init.status ?? 200,
    responseHeaders: { 'content-type': sse ? 'text/event-stream' : 'application/json', ...(init.headers ?? {}) },
    responseContentType: sse ? 'text/event-stream' : 'application/json',
    responseBody: sse ? null : (init.body ?? null),
    sse,
  };
  if (init.startedAt !== undefined) ex.startedAt = init.startedAt;
  return ex;
}

export function traffic(...inits: ExchangeInit[]): Traffic {
  return { source: 'test', exchanges: inits.map((init, i) => exchange(init, i)) };
}

/** A stream exchange from named events; `[DONE]` data for `done`. */
export const stream = (path: string, events: readonly { event: string | null; data: unknown }[], query = ''): ExchangeInit => ({ method: 'POST', path, query, events });
