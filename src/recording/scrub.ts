/**
 * Scrubbing at the persistence boundary: nothing secret reaches a recording. Headers that carry
 * credentials or identify the client are dropped; key-shaped strings anywhere else (bodies, URLs,
 * remaining header values) are masked with a same-length replacement, so the byte offsets of the
 * SSE chunk timing stay true.
 */
import type { HarHeader, HarLog } from '../traffic/har.ts';

/** Headers never written to a recording (requests and responses). */
export const SCRUBBED_HEADERS = /^(authorization|proxy-authorization|openai-organization|openai-project|cookie|set-cookie|user-agent|x-stainless-.*|content-encoding|api-key|x-api-key)$/i;

/** Key-shaped strings: API keys, bearer tokens, session keys, organization and project ids. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])(sk-)([A-Za-z0-9_-]{16,})/g,
  /(?<![A-Za-z0-9])(sess-)([A-Za-z0-9_-]{16,})/g,
  /(?<![A-Za-z0-9])(org-)([A-Za-z0-9]{8,})/g,
  /(?<![A-Za-z0-9])(proj_)([A-Za-z0-9]{8,})/g,
  /(?<![A-Za-z0-9])(Bearer\s+)([A-Za-z0-9._~+/=-]{8,})/gi,
];

const MASK = 'REDACTED';

/** `sk-abc…` → `sk-REDACTEDxxxx…` with the original length (the prefix stays, for readability). */
export function scrubText(text: string): string {
  let out = text;
  for (const re of SECRET_PATTERNS) {
    out = out.replace(re, (_m, prefix: string, secret: string) => prefix + (MASK + 'x'.repeat(Math.max(0, secret.length - MASK.length))).slice(0, secret.length));
  }
  return out;
}

export function scrubHeaders(headers: readonly HarHeader[]): HarHeader[] {
  return headers.filter((h) => !SCRUBBED_HEADERS.test(h.name)).map((h) => ({ name: h.name, value: scrubText(h.value) }));
}

/** Every string in a value, scrubbed (used for the parts of an entry that are not headers). */
function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map(scrubDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}

/** A scrubbed copy of a HAR log: headers dropped, cookies emptied, secrets masked everywhere else. */
export function scrubHar(har: HarLog): HarLog {
  const copy = JSON.parse(JSON.stringify(har)) as HarLog;
  copy.log.entries = copy.log.entries.map((entry) => {
    const { headers: reqHeaders, cookies: _rc, ...request } = entry.request;
    const { headers: resHeaders, cookies: _sc, ...response } = entry.response;
    return {
      ...scrubDeep(entry),
      request: { ...scrubDeep(request), headers: scrubHeaders(reqHeaders), cookies: [] },
      response: { ...scrubDeep(response), headers: scrubHeaders(resHeaders), cookies: [] },
    };
  });
  return scrubDeep(copy);
}
