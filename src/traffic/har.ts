/**
 * The recording file format: a Polly.js HAR 1.2 log, plus oaic's metadata in `log._oaic`
 * (docs/decisions/0002-recording-format.md). These are wire types; `harToTraffic` turns a log into
 * the Traffic every check, diff and report works on.
 */
import { isTextual, parseText, splitUrl } from './body.ts';
import { parseSse } from './sse.ts';
import type { HttpExchange, Traffic } from './types.ts';

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  _id?: string;
  _order?: number;
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion?: string;
    headers: HarHeader[];
    queryString?: { name: string; value: string }[];
    postData?: { mimeType: string; text?: string; params?: unknown[]; comment?: string };
    headersSize?: number;
    bodySize?: number;
    cookies?: unknown[];
  };
  response: {
    status: number;
    statusText?: string;
    httpVersion?: string;
    headers: HarHeader[];
    content: { mimeType: string; size?: number; text?: string; encoding?: string };
    headersSize?: number;
    bodySize?: number;
    cookies?: unknown[];
    redirectURL?: string;
  };
  timings?: Record<string, number>;
  cache?: unknown;
}

/** Provenance: `emulator`, `live:<host>`, or `imported:<source>`. */
export type Provenance = 'emulator' | `live:${string}` | `imported:${string}`;

export interface OaicMetadata {
  /** Format version of this metadata block. */
  format: 1;
  scenarioId: string | null;
  /** Recordings target directory name (`emulator`, `api.openai.com`, `imported`). */
  target: string;
  provenance: Provenance;
  /** SDK package and version that made the requests (null for imports that do not say). */
  sdk: { name: string; version: string } | null;
  harnessVersion: string;
  recordedAt: string;
  /** How entry times were obtained (imports): `none` = the capture had no clock, so harToTraffic leaves startedAt/durationMs out and timing is not judged. */
  timing?: 'recorded' | 'estimated' | 'none';
}

export interface HarLog {
  log: {
    version: string;
    creator: { name: string; version: string; comment?: string };
    _recordingName?: string;
    _oaic?: OaicMetadata;
    entries: HarEntry[];
    pages?: unknown[];
  };
}

/**
 * Response header carrying SSE chunk timing: JSON `[[msSinceResponseStart, byteLength], …]`, one
 * pair per chunk as it arrived from the target. Replay re-emits the body with these gaps.
 */
export const CHUNK_TIMING_HEADER = 'x-oaic-chunk-timing';

const header = (headers: HarHeader[], name: string): string | null =>
  headers.find((h) => h.name.toLowerCase() === name)?.value ?? null;

/** Offsets (ms) at which each byte position of the body arrived, from the chunk-timing header. */
function chunkClock(timing: string | null): ((byteOffset: number) => number) | null {
  if (!timing) return null;
  let pairs: [number, number][];
  try {
    pairs = JSON.parse(timing) as [number, number][];
  } catch {
    return null;
  }
  const ends: [number, number][] = [];
  let total = 0;
  for (const [ms, len] of pairs) ends.push([(total += len), ms]);
  return (offset) => ends.find(([end]) => offset <= end)?.[1] ?? ends[ends.length - 1]?.[1] ?? 0;
}

export function harEntryToExchange(entry: HarEntry, index: number): HttpExchange {
  const { path, query } = splitUrl(entry.request.url);
  const reqType = entry.request.postData?.mimeType ?? header(entry.request.headers, 'content-type');
  const resType = entry.response.content.mimeType || header(entry.response.headers, 'content-type');
  const raw = entry.response.content.text ?? '';
  const text = entry.response.content.encoding === 'base64' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  const responseHeaders: Record<string, string> = {};
  for (const h of entry.response.headers) responseHeaders[h.name.toLowerCase()] = h.value;
  const exchange: HttpExchange = {
    index,
    method: entry.request.method.toUpperCase(),
    path,
    query,
    requestContentType: reqType,
    requestBody: entry.request.postData?.text !== undefined ? parseText(entry.request.postData.text, reqType) : null,
    status: entry.response.status,
    responseHeaders,
    responseContentType: resType,
    responseBody: null,
    sse: null,
    startedAt: entry.startedDateTime,
    durationMs: entry.time,
  };
  if (resType?.includes('text/event-stream')) {
    const transcript = parseSse(text);
    const clock = chunkClock(responseHeaders[CHUNK_TIMING_HEADER] ?? null);
    if (clock) {
      // Approximate each event's arrival by where its frame ends in the body.
      let cursor = 0;
      for (const ev of transcript.events) {
        const at = text.indexOf(ev.data, cursor);
        cursor = at === -1 ? cursor : at + ev.data.length;
        ev.atMs = clock(Buffer.byteLength(text.slice(0, cursor)));
      }
    }
    exchange.sse = transcript.events;
    exchange.sseTrailing = transcript.trailing;
  } else if (isTextual(resType)) {
    exchange.responseBody = parseText(text, resType);
  } else {
    exchange.responseBody = { binary: true, size: entry.response.content.size ?? text.length };
  }
  if (entry.response.status === 0) exchange.transportError = entry.response.statusText ?? 'no response';
  return exchange;
}

/** A HAR log as Traffic, entries in recorded order (Polly sorts by `_order` within an id). */
export function harToTraffic(har: HarLog, source: string): Traffic {
  const entries = [...har.log.entries].sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime));
  const untimed = har.log._oaic?.timing === 'none';
  const untime = ({ startedAt: _s, durationMs: _d, ...x }: HttpExchange): HttpExchange => x;
  return { source, exchanges: entries.map((e, i) => (untimed ? untime(harEntryToExchange(e, i)) : harEntryToExchange(e, i))) };
}
