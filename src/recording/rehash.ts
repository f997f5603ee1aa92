/**
 * Recomputes Polly's `_id` / `_order` of HAR entries with the harness's matcher, through Polly's
 * own request identification (so the ids are exactly what a replay computes). For HAR files made
 * elsewhere (`oaic import`: browser devtools, proxies) and after a matcher change. Only the
 * request's method, URL, content type and text body take part (see matching.ts).
 */
import { Polly } from '@pollyjs/core';
import type { HarEntry, HarLog } from '../traffic/har.ts';
import { MATCH_REQUESTS_BY } from './matching.ts';

interface Identified {
  id: string;
  order: number;
  init(): Promise<void>;
}

export async function rehashEntries(entries: readonly HarEntry[]): Promise<{ _id: string; _order: number }[]> {
  const polly = new Polly('oaic-rehash', { mode: 'replay', logLevel: 'silent', matchRequestsBy: MATCH_REQUESTS_BY });
  try {
    const register = (polly as unknown as { registerRequest(r: unknown): Identified }).registerRequest.bind(polly);
    const out: { _id: string; _order: number }[] = [];
    for (const e of entries) {
      const headers: Record<string, string> = {};
      for (const h of e.request.headers) headers[h.name.toLowerCase()] = h.value;
      const contentType = e.request.postData?.mimeType;
      if (contentType && !headers['content-type']) headers['content-type'] = contentType;
      // Text bodies as sent; base64 ones (binary uploads) are what Polly hashes for bytes anyway.
      const text = e.request.postData?.text;
      const request = register({ url: e.request.url, method: e.request.method, headers, body: text, requestArguments: {} });
      await request.init();
      out.push({ _id: request.id, _order: request.order });
    }
    return out;
  } finally {
    await polly.stop();
  }
}

/** A copy of the log whose entries all carry ids a replay will find (entries in recorded order). */
export async function withReplayIds(har: HarLog): Promise<HarLog> {
  const entries = [...har.log.entries].sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime));
  const ids = await rehashEntries(entries);
  return { log: { ...har.log, entries: entries.map((e, i) => ({ ...e, ...ids[i]! })) } };
}
