/**
 * How a request finds its recorded answer (docs/decisions/0002-recording-format.md): method,
 * path from `/v1` on plus the sorted query, the content type without its boundary, the canonical
 * JSON body (or the exact multipart text) and the order among identical requests. No other header
 * and no host, so a recording replays across hosts, ports, Node and SDK versions.
 *
 * Changing this changes every recorded `_id`: all recordings must then be re-recorded.
 */
import type { PollyConfig } from '@pollyjs/core';
import stringify from 'fast-json-stable-stringify';

type Headers = Record<string, string | string[]>;

/** `multipart/form-data; boundary=…` → `multipart/form-data`; lower-cased, parameters other than charset dropped. */
export function contentTypeOnly(headers: Headers): { 'content-type': string } {
  const raw = headers['content-type'] ?? headers['Content-Type'] ?? '';
  const value = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  return { 'content-type': value.split(';')[0]!.trim().toLowerCase() };
}

/** JSON bodies with keys sorted (key order in an SDK call must not matter); any other text as is. */
export function canonicalBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  const t = body.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return body;
  try {
    return stringify(JSON.parse(body));
  } catch {
    return body;
  }
}

/** `/openai/v1/threads` and `/v1/threads` match: everything before the API version segment is the target's business. */
export function apiPath(pathname: string): string {
  const at = pathname.search(/\/v\d+(\/|$)/);
  return at > 0 ? pathname.slice(at) : pathname;
}

export const MATCH_REQUESTS_BY: NonNullable<PollyConfig['matchRequestsBy']> = {
  method: true,
  order: true,
  headers: (headers) => contentTypeOnly(headers),
  body: (body) => canonicalBody(body),
  url: {
    protocol: false,
    username: false,
    password: false,
    hostname: false,
    port: false,
    pathname: (p: string) => apiPath(p),
    query: true,
    hash: false,
  },
};
