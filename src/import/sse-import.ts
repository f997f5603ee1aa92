/**
 * Raw SSE transcripts (`event:`/`data:` frames as they came off the wire) and JSON Lines of events
 * (one event per line: `{"type": …}` as the SDKs emit them, or `{"event": …, "data": …}`). Each file
 * is one streamed response; the request path is `--path`, else inferred from the event names.
 */
import { parseSse } from '../traffic/sse.ts';
import type { CapturedExchange } from './captured.ts';

/** Event-name prefix → the endpoint that streams it (first match wins). */
export const STREAM_ENDPOINTS: readonly { prefix: string; path: string }[] = [
  { prefix: 'thread.', path: '/v1/threads/runs' },
  { prefix: 'response.', path: '/v1/responses' },
  { prefix: 'chat.completion', path: '/v1/chat/completions' },
];

const SSE_LINE = /^(event|data|id|retry):|^:/;
export const isSseTranscript = (text: string): boolean => {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => SSE_LINE.test(l)) && lines.some((l) => l.startsWith('data:'));
};

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
export const isJsonLines = (text: string): boolean => {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => {
    const v = parseLine(l);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  });
};

function eventNameOf(ev: { event: string | null; data: string }): string | null {
  if (ev.event) return ev.event;
  const d = parseLine(ev.data) as { type?: unknown; object?: unknown } | undefined;
  return typeof d?.type === 'string' ? d.type : typeof d?.object === 'string' ? d.object : null;
}

function streamed(body: string, names: (string | null)[], path: string | undefined, when: string | undefined): CapturedExchange {
  const inferred = STREAM_ENDPOINTS.find((s) => names.some((n) => n?.startsWith(s.prefix)))?.path;
  const x: CapturedExchange = {
    method: 'POST',
    url: `https://api.openai.com${path ?? inferred ?? '/v1/responses'}`,
    requestHeaders: {},
    requestBody: null,
    status: 200,
    statusText: 'OK',
    responseHeaders: { 'content-type': ['text/event-stream; charset=utf-8'] },
    responseBody: body,
  };
  if (when) x.startedAt = when;
  return x;
}

export function sseExchanges(text: string, opts: { path?: string; when?: string } = {}): CapturedExchange[] {
  // Verbatim: a transcript whose last frame lacks its blank line is a real quirk the checks report.
  return [streamed(text, parseSse(text).events.map(eventNameOf), opts.path, opts.when)];
}

/** JSON Lines → an SSE body with `event:` set from each event's `type` (as the service sends). */
export function jsonlExchanges(text: string, opts: { path?: string; when?: string } = {}): CapturedExchange[] {
  const frames: string[] = [];
  const names: (string | null)[] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const v = parseLine(line) as Record<string, unknown>;
    const wrapped = 'data' in v && ('event' in v || Object.keys(v).length <= 2);
    const data = wrapped ? v['data'] : v;
    const name = wrapped ? (typeof v['event'] === 'string' ? v['event'] : null) : typeof v['type'] === 'string' ? v['type'] : null;
    const object = data && typeof data === 'object' ? (data as { object?: unknown }).object : undefined;
    names.push(name ?? (typeof object === 'string' ? object : null));
    frames.push(`${name ? `event: ${name}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
  }
  return [streamed(frames.join(''), names, opts.path, opts.when)];
}
