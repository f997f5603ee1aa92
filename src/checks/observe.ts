/**
 * Read-only views over Traffic shared by the check families: safe JSON access, the API an
 * exchange belongs to, and every sighting of an object of a given `object` type (response bodies,
 * list pages, stream event data). Nothing here throws on bad input.
 */
import type { HttpExchange, SseEvent, Traffic } from '../traffic/types.ts';

export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Parses one event's `data`; `undefined` when it is not JSON. Not cached: loops use streamData. */
export function eventData(ev: SseEvent): unknown {
  try {
    return JSON.parse(ev.data) as unknown;
  } catch {
    return undefined;
  }
}

const PARSED = new WeakMap<readonly SseEvent[], readonly unknown[]>();

/**
 * The parsed `data` of every event of a stream, by position, parsed once per stream and shared
 * by all checks (one cache entry per stream, not per event: per-event weak keys cost more in GC
 * than the parse).
 */
export function streamData(events: readonly SseEvent[]): readonly unknown[] {
  let out = PARSED.get(events);
  if (!out) {
    out = events.map((e) => (e.data === '[DONE]' ? undefined : eventData(e)));
    PARSED.set(events, out);
  }
  return out;
}

export type ApiName = 'assistants' | 'responses' | 'conversations' | 'files' | 'vector_stores' | 'other';

/** Which API an exchange belongs to, from its path (`/v1` prefix optional). */
const API_BY_PREFIX: readonly [RegExp, ApiName][] = [
  [/^(\/v1)?\/(threads|assistants)(\/|$)/, 'assistants'],
  [/^(\/v1)?\/responses(\/|$)/, 'responses'],
  [/^(\/v1)?\/conversations(\/|$)/, 'conversations'],
  [/^(\/v1)?\/files(\/|$)/, 'files'],
  [/^(\/v1)?\/vector_stores(\/|$)/, 'vector_stores'],
];

export function apiOf(ex: Pick<HttpExchange, 'path'>): ApiName {
  for (const [re, api] of API_BY_PREFIX) if (re.test(ex.path)) return api;
  return 'other';
}

/** The API of a stream judged from its events, for bodies with no request path (raw SSE, JSONL). */
export function streamApi(events: readonly SseEvent[]): ApiName {
  const data = streamData(events);
  for (let i = 0; i < Math.min(5, events.length); i++) {
    const ev = events[i]!;
    const name = ev.event ?? str((data[i] as Json | undefined)?.['type']) ?? '';
    if (name.startsWith('thread.')) return 'assistants';
    if (name.startsWith('response.')) return 'responses';
  }
  return 'other';
}

export function apisOf(traffic: Traffic): Set<ApiName> {
  const out = new Set<ApiName>();
  for (const ex of traffic.exchanges) {
    const api = apiOf(ex);
    out.add(api === 'other' && ex.sse ? streamApi(ex.sse) : api);
  }
  return out;
}

export interface Sighting {
  exchange: number;
  /** Event index when the object came from a stream. */
  event?: number;
  /** The event name when it came from a stream. */
  eventName?: string | null;
  path: string;
  value: Json;
}

/** Every object whose `object` field is `type`, in traffic order. */
export function* sightings(traffic: Traffic, type: string): Generator<Sighting> {
  for (const ex of traffic.exchanges) {
    const body = ex.responseBody;
    if (isRecord(body)) {
      if (body['object'] === type) yield { exchange: ex.index, path: '$', value: body };
      const data = body['data'];
      if (body['object'] === 'list' && Array.isArray(data)) {
        for (let i = 0; i < data.length; i++) {
          const item: unknown = data[i];
          if (isRecord(item) && item['object'] === type) yield { exchange: ex.index, path: `$.data[${i}]`, value: item };
        }
      }
    }
    const events = ex.sse ?? [];
    const parsed = streamData(events);
    for (let i = 0; i < events.length; i++) {
      const ev = events[i]!;
      const d = parsed[i];
      if (isRecord(d) && d['object'] === type) yield { exchange: ex.index, event: ev.index, eventName: ev.event, path: '$', value: d };
    }
  }
}

/** Exchanges carrying a stream (with at least one event). */
export const streams = (traffic: Traffic): HttpExchange[] => traffic.exchanges.filter((ex) => ex.sse !== null && ex.sse.length > 0);

/** Query parameter value, '' → null. */
export function queryParam(ex: Pick<HttpExchange, 'query'>, name: string): string | null {
  return new URLSearchParams(ex.query).get(name);
}
