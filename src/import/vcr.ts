/**
 * VCR cassettes: Ruby VCR (`http_interactions`, bodies `{encoding, string | base64_string}`,
 * `!binary` strings) and Python vcrpy (`interactions`, request body a string or bytes, response
 * body `{string}` often gzip bytes under `!!binary`, or pydantic-ai's `parsed_body`).
 */
import type { CapturedExchange } from './captured.ts';
import { headerValue } from './captured.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !(v instanceof Uint8Array) ? (v as Obj) : {});

function headersOf(v: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, val] of Object.entries(obj(v))) out[k] = (Array.isArray(val) ? val : [val]).map((x) => (x instanceof Date ? x.toUTCString() : String(x)));
  return out;
}

/** Ruby body `{encoding, string}` / `{base64_string}`; vcrpy `{string}` or a bare string/bytes. */
function bodyOf(v: unknown): string | Uint8Array | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || v instanceof Uint8Array) return v;
  const b = obj(v);
  if (typeof b['base64_string'] === 'string') return Buffer.from(b['base64_string'].replace(/\s+/g, ''), 'base64');
  const s = b['string'];
  return typeof s === 'string' || s instanceof Uint8Array ? s : null;
}

/** pydantic-ai stores JSON bodies parsed (`parsed_body`) instead of as text. */
function parsedOr(side: Obj): string | Uint8Array | null {
  return 'parsed_body' in side ? JSON.stringify(side['parsed_body']) : bodyOf(side['body']);
}

function dateOf(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString();
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function interaction(it: unknown): CapturedExchange {
  const req = obj(obj(it)['request']);
  const res = obj(obj(it)['response']);
  const status = obj(res['status']);
  const responseHeaders = headersOf(res['headers']);
  const x: CapturedExchange = {
    method: String(req['method'] ?? 'GET'),
    url: String(req['uri'] ?? '/'),
    requestHeaders: headersOf(req['headers']),
    requestBody: parsedOr(req),
    status: Number(status['code'] ?? res['status'] ?? 0),
    statusText: String(status['message'] ?? ''),
    responseHeaders,
    responseBody: parsedOr(res),
  };
  if ('parsed_body' in res && !headerValue(responseHeaders, 'content-type')) responseHeaders['content-type'] = ['application/json'];
  const when = dateOf(obj(it)['recorded_at']) ?? dateOf(headerValue(responseHeaders, 'date'));
  if (when) x.startedAt = when;
  return x;
}

export const isRubyVcr = (doc: unknown): boolean => Array.isArray(obj(doc)['http_interactions']);
export const isVcrpy = (doc: unknown): boolean => Array.isArray(obj(doc)['interactions']);

export function vcrInteractions(doc: unknown): CapturedExchange[] {
  const list = obj(doc)['http_interactions'] ?? obj(doc)['interactions'];
  return (Array.isArray(list) ? list : []).map(interaction);
}
