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

const PARSED = new WeakMap<SseEvent, unknown>();
const UNPARSEABLE = Symbol('unparseable');

/** The parsed `data` of an event (cached per event); `undefined` when it is not JSON. */
export function eventData(ev: SseEvent): unknown {
  let v = PARSED.get(ev);
  if (v === undefined && !PARSED.has(ev)) {
    try {
      v = JSON.parse(ev.data);
    } catch {
      v = UNPARSEABLE;
    }
    PARSED.set(ev, v);
  }
  return v === UNPARSEABLE ? undefined : v;
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
  for (const ev of events.slice(0, 5)) {
    const name = ev.event ?? str((eventData(ev) as Json | undefined)?.['type']) ?? '';
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
    for (const ev of ex.sse ?? []) {
      const d = eventData(ev);
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
