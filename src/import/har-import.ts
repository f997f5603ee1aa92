/**
 * HAR files from browser devtools, proxies (mitmproxy, Charles, Fiddler) or Polly. Only API
 * entries are kept when the log mixes in page traffic (paths under `/v1/` or `/openai/`); a log
 * with no such entry is imported whole.
 */
import type { HarEntry, HarLog } from '../traffic/har.ts';
import type { CapturedExchange } from './captured.ts';

const API_PATH = /\/(v1|openai)\//;

function headers(list: { name: string; value: string }[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of list ?? []) (out[h.name] ??= []).push(h.value);
  return out;
}

function entry(e: HarEntry): CapturedExchange {
  const c = e.response.content;
  const responseHeaders = headers(e.response.headers);
  // Devtools and Polly store the decoded body; a stale content-encoding header must not re-decode it.
  for (const k of Object.keys(responseHeaders)) if (k.toLowerCase() === 'content-encoding') delete responseHeaders[k];
  if (c.mimeType && !Object.keys(responseHeaders).some((k) => k.toLowerCase() === 'content-type')) responseHeaders['content-type'] = [c.mimeType];
  const requestHeaders = headers(e.request.headers);
  if (e.request.postData?.mimeType && !Object.keys(requestHeaders).some((k) => k.toLowerCase() === 'content-type')) requestHeaders['content-type'] = [e.request.postData.mimeType];
  return {
    method: e.request.method,
    url: e.request.url,
    requestHeaders,
    requestBody: e.request.postData?.text ?? null,
    status: e.response.status,
    statusText: e.response.statusText ?? '',
    responseHeaders,
    responseBody: c.text === undefined ? null : c.encoding === 'base64' ? Buffer.from(c.text, 'base64') : c.text,
    startedAt: e.startedDateTime,
    durationMs: e.time,
  };
}

export const isHar = (doc: unknown): doc is HarLog => Array.isArray((doc as HarLog | null)?.log?.entries);

export function harExchanges(har: HarLog): CapturedExchange[] {
  const ordered = [...har.log.entries].sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime) || (a._order ?? 0) - (b._order ?? 0));
  const api = ordered.filter((e) => API_PATH.test(new URL(e.request.url, 'http://oaic.invalid').pathname));
  return (api.length ? api : ordered).map(entry);
}
