/**
 * A scenario's behaviour profile: what `oaic diff` compares. Built from normalised traffic
 * (normalise.ts), so it holds only structure and stable values: HTTP statuses per request,
 * event-name sequences per stream, status sequences per stateful object (run, response, message,
 * step…), field paths and JSON types per object kind, scalar values per field, and errors.
 */
import type { HttpExchange, Traffic } from '../traffic/types.ts';
import { collapse } from './sequence.ts';
import { baseContentType, normaliseTraffic, templatePath, type NormaliseOptions } from './normalise.ts';

export interface BehaviourProfile {
  scenario: string;
  /** `METHOD /v1/path/{template}` → HTTP statuses in the order the requests were made. */
  requests: Record<string, number[]>;
  /** Request → response content types seen (sorted). */
  contentTypes: Record<string, string[]>;
  /** `<request>#<n>` → event names of that SSE response, in order (repeats collapsed unless `text`). */
  streams: Record<string, string[]>;
  /** `<kind> <id placeholder>` (e.g. `thread.run <run#1>`) → statuses in order of observation. */
  statuses: Record<string, string[]>;
  /** Object kind → field path → JSON types seen (sorted). */
  fields: Record<string, Record<string, string[]>>;
  /** Object kind → field path → distinct normalised scalar values (sorted, capped). */
  values: Record<string, Record<string, string[]>>;
  /** Where (request, or `<kind>.<field>`) → errors seen as JSON `{status, code, type, param, message}`. */
  errors: Record<string, string[]>;
}

/** At most this many distinct values per field are kept; more is recorded as `<many>`. */
export const MAX_VALUES = 12;
const MAX_VALUE_CHARS = 160;
/** Error texts are compared as errors (breaking), not again as values. */
const ERROR_PATH = /(^|\.)(last_)?error(\.|$)/;
/** Objects whose `type` is a category, not an object kind (`error.type: invalid_request_error`). */
const PLACEHOLDER = /^"<[A-Za-z0-9]+#\d+>"$/;
const UNKINDED = /(^|\.)(last_)?error$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const addSorted = (list: string[], v: string): void => {
  if (!list.includes(v)) {
    list.push(v);
    list.sort();
  }
};

export const requestKey = (x: Pick<HttpExchange, 'method' | 'path'>): string => `${x.method} ${templatePath(x.path)}`;

/** The kind of an object: its `object` field, else its `type` qualified by the enclosing kind. */
export function kindOf(obj: Record<string, unknown>, parent: string | null): string | null {
  if (typeof obj['object'] === 'string') return obj['object'];
  if (typeof obj['type'] === 'string') return parent ? `${parent} > ${obj['type']}` : obj['type'];
  return null;
}

export function eventName(event: string | null, data: unknown): string {
  if (event) return event;
  if (data && typeof data === 'object' && typeof (data as { type?: unknown }).type === 'string') return (data as { type: string }).type;
  return data === '[DONE]' ? '[DONE]' : 'message';
}

function errorRecord(status: number | null, err: unknown): string {
  const e = (err && typeof err === 'object' ? err : { message: String(err) }) as Record<string, unknown>;
  const str = (v: unknown) => (v === undefined ? null : v);
  return JSON.stringify({ status, code: str(e['code']), type: str(e['type']), param: str(e['param']), message: str(e['message']) });
}

class ProfileBuilder {
  readonly p: BehaviourProfile;
  constructor(scenario: string) {
    this.p = { scenario, requests: {}, contentTypes: {}, streams: {}, statuses: {}, fields: {}, values: {}, errors: {} };
  }

  private field(kind: string, path: string, v: unknown): void {
    addSorted(((this.p.fields[kind] ??= {})[path] ??= []), jsonType(v));
    if (v === null || typeof v === 'object' || path.endsWith('status') || ERROR_PATH.test(path)) return;
    const values = ((this.p.values[kind] ??= {})[path] ??= []);
    if (values[0] === '<many>') return;
    const s = JSON.stringify(v);
    if (PLACEHOLDER.test(s)) return; // which ids exist is identity, not a value
    const shown = s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS)}…` : s;
    if (!values.includes(shown) && values.length >= MAX_VALUES) values.splice(0, values.length, '<many>');
    else addSorted(values, shown);
  }

  /** Walks a JSON value: records fields under the nearest kind, statuses, embedded errors. */
  walk(value: Json, kind: string, path: string): void {
    if (Array.isArray(value)) {
      for (const item of value) {
        this.field(kind, `${path}[]`, item);
        if (item && typeof item === 'object') this.walk(item, kind, `${path}[]`);
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    const own = UNKINDED.test(path) ? null : kindOf(value, path === '' ? null : kind);
    const here = own ?? kind;
    const base = own ? '' : path;
    if (own && typeof value['status'] === 'string' && typeof value['id'] === 'string') {
      (this.p.statuses[`${own} ${value['id']}`] ??= []).push(value['status']);
    }
    for (const [k, v] of Object.entries(value)) {
      const p = base ? `${base}.${k}` : k;
      this.field(here, p, v);
      if ((k === 'error' || k === 'last_error') && v && typeof v === 'object' && !(p === 'error' && here.endsWith(' body'))) addSorted((this.p.errors[`${here}.${p}`] ??= []), errorRecord(null, v));
      if (v && typeof v === 'object') this.walk(v, here, p);
    }
  }

  exchange(x: HttpExchange, streamCounts: Map<string, number>): void {
    const key = requestKey(x);
    (this.p.requests[key] ??= []).push(x.status);
    addSorted((this.p.contentTypes[key] ??= []), baseContentType(x.responseContentType) ?? (x.transportError ? 'none' : 'empty'));
    if (x.status >= 400 || x.status === 0) {
      const body = x.responseBody as { error?: unknown } | string | null;
      const err = body && typeof body === 'object' && 'error' in body ? body.error : (x.transportError ?? body);
      addSorted((this.p.errors[key] ??= []), errorRecord(x.status, err));
    }
    if (x.sse) {
      const n = (streamCounts.get(key) ?? 0) + 1;
      streamCounts.set(key, n);
      const names: string[] = [];
      for (const ev of x.sse) {
        let data: Json = ev.data;
        try {
          data = JSON.parse(ev.data) as Json;
        } catch {
          /* `[DONE]` and other non-JSON data stay strings */
        }
        const name = eventName(ev.event, data);
        names.push(name);
        if (name === 'error' && data && typeof data === 'object') {
          const d = data as Record<string, Json>;
          addSorted((this.p.errors[`${key}#${n} event error`] ??= []), errorRecord(null, d['error'] && typeof d['error'] === 'object' ? d['error'] : d));
        }
        if (data && typeof data === 'object') this.walk(data, kindOf(data as Record<string, Json>, null) ?? `event ${name}`, '');
      }
      this.p.streams[`${key}#${n}`] = names;
    } else if (x.responseBody && typeof x.responseBody === 'object') {
      const body = x.responseBody as Json;
      this.walk(body, (!Array.isArray(body) && kindOf(body as Record<string, Json>, null)) || `${key} body`, '');
    }
  }
}

/** The profile of one scenario's traffic (normalised first, with `opts`). */
export function buildProfile(scenario: string, traffic: Traffic, opts: NormaliseOptions = {}): BehaviourProfile {
  const builder = new ProfileBuilder(scenario);
  const streams = new Map<string, number>();
  for (const x of normaliseTraffic(traffic, opts).exchanges) builder.exchange(x, streams);
  // How many deltas a stream has follows from the generated text: compared only with --text.
  if (!opts.text) for (const [k, names] of Object.entries(builder.p.streams)) builder.p.streams[k] = collapse(names);
  return builder.p;
}
