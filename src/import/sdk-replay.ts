/**
 * Replays an imported recording through the official SDK: each recorded request is made again
 * with the SDK's own request path (`client.request`), served by replay-fetch in recorded order, and
 * the SDK parses what comes back (JSON, an SSE stream it iterates, bytes, or an APIError). The
 * outcome of each exchange is returned as data, next to what the recording says it should be.
 */
import OpenAI from 'openai';
import type { HarLog } from '../traffic/har.ts';
import { harToTraffic } from '../traffic/har.ts';
import type { HttpExchange } from '../traffic/types.ts';
import { replayFetch } from './replay-fetch.ts';

export type Outcome = 'json' | 'text' | 'binary' | 'empty' | 'stream' | 'api-error' | 'stream-error' | 'connection-error';

export interface ReplayResult {
  index: number;
  request: string;
  expected: Outcome;
  observed: Outcome;
  /** Stream events the SDK yielded / the recording holds (streams only). */
  events?: { observed: number; expected: number };
  status?: number;
  detail?: string;
}

const jsonData = (data: string) => {
  try {
    return JSON.parse(data) as { error?: unknown } | null;
  } catch {
    return undefined;
  }
};

/** What the SDK must do with this exchange, from the recording alone. */
export function expectedOutcome(x: HttpExchange): { outcome: Outcome; events?: number } {
  if (x.status === 0) return { outcome: 'connection-error' };
  if (x.status >= 400) return { outcome: 'api-error' };
  if (x.sse) {
    const done = x.sse.findIndex((e) => e.data === '[DONE]');
    const events = done === -1 ? x.sse : x.sse.slice(0, done);
    const failing = events.findIndex((e) => !e.event?.startsWith('thread.') && (e.event === 'error' || !!jsonData(e.data)?.error));
    if (failing !== -1) return { outcome: 'stream-error', events: failing };
    return { outcome: 'stream', events: events.length };
  }
  if (x.responseBody === null) return { outcome: 'empty' };
  if (typeof x.responseBody === 'string') return { outcome: 'text' };
  return { outcome: (x.responseBody as { binary?: unknown }).binary === true ? 'binary' : 'json' };
}

export async function replayThroughSdk(har: HarLog, source = 'recording'): Promise<ReplayResult[]> {
  const replay = replayFetch(har, source);
  const client = new OpenAI({ apiKey: 'sk-replay-only', baseURL: 'https://replay.oaic.invalid', fetch: replay.fetch, maxRetries: 0 });
  const out: ReplayResult[] = [];
  for (const x of harToTraffic(har, source).exchanges) {
    const expected = expectedOutcome(x);
    const result: ReplayResult = { index: x.index, request: `${x.method} ${x.path}`, expected: expected.outcome, observed: 'empty' };
    const json = x.requestContentType?.includes('json') && x.requestBody !== null && typeof x.requestBody === 'object';
    const options = {
      method: x.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete',
      path: x.path,
      ...(x.query ? { query: Object.fromEntries(new URLSearchParams(x.query)) } : {}),
      ...(json ? { body: x.requestBody } : {}),
      stream: x.sse !== null && x.status < 400,
      __binaryResponse: expected.outcome === 'binary',
    };
    try {
      const value: unknown = await client.request(options);
      if (x.sse && x.status < 400) {
        let n = 0;
        try {
          for await (const _ of value as AsyncIterable<unknown>) n += 1;
          result.observed = 'stream';
        } catch (e) {
          result.observed = 'stream-error';
          result.detail = (e as Error).message;
        }
        result.events = { observed: n, expected: expected.events ?? 0 };
      } else if (value instanceof Response) {
        result.observed = (await value.arrayBuffer()).byteLength ? 'binary' : 'empty';
      } else result.observed = value === null || value === undefined || value === '' ? 'empty' : typeof value === 'string' ? 'text' : 'json';
    } catch (e) {
      if (e instanceof OpenAI.APIConnectionError) result.observed = 'connection-error';
      else if (e instanceof OpenAI.APIError) {
        result.observed = 'api-error';
        if (e.status !== undefined) result.status = e.status;
      } else result.observed = 'connection-error';
      result.detail = (e as Error).message;
    }
    out.push(result);
  }
  return out;
}
