/**
 * Wire-level observation: what went over HTTP, as data. Everything the checks, reports, diff and
 * import work on is expressed in these types. Enriched views (accumulated snapshots, run
 * timelines) are derived elsewhere and never stored here.
 */

/** One server-sent event as it appeared on the wire. */
export interface SseEvent {
  /** 0-based position in its stream. */
  index: number;
  /** The `event:` field; null when the frame had none (Responses streams use data-only frames too). */
  event: string | null;
  /** The `data:` lines joined with "\n", verbatim (`[DONE]` included). */
  data: string;
  /** The `id:` field when present. */
  id?: string;
  /** Milliseconds since the response started, when known (live runs, recordings with timing). */
  atMs?: number;
}

/** Result of reading a whole SSE body. */
export interface SseTranscript {
  events: SseEvent[];
  /**
   * Text left at end of input that did not end with a blank line. The WHATWG rules do not
   * dispatch it; some SDK versions did (openai-node #2725). Null when the stream ended cleanly.
   */
  trailing: string | null;
}

export interface HttpExchange {
  /** 0-based position among the exchanges of one observation. */
  index: number;
  method: string;
  /** Path as sent, including the `/v1` prefix, without host and query. */
  path: string;
  /** Raw query string without `?`; '' when none. */
  query: string;
  requestContentType: string | null;
  /** Parsed JSON; a string for other text; a multipart summary; null when there was no body. */
  requestBody: unknown;
  /** HTTP status; 0 when the request failed before a response. */
  status: number;
  /** Lower-cased, scrubbed response headers. */
  responseHeaders: Record<string, string>;
  responseContentType: string | null;
  /** Parsed JSON; a string for other text; null for SSE (see `sse`) and empty bodies. */
  responseBody: unknown;
  /** Parsed events for `text/event-stream` responses, else null. */
  sse: SseEvent[] | null;
  /** See SseTranscript.trailing. */
  sseTrailing?: string | null;
  startedAt?: string;
  durationMs?: number;
  /** Transport failure (connection reset, aborted), when there was no complete response. */
  transportError?: string;
}

/** A body of traffic from one source: a scenario run, a HAR file, a cassette, an SSE transcript. */
export interface Traffic {
  /** Where it came from: scenario id, file path, `file.har#3`. */
  source: string;
  exchanges: HttpExchange[];
}

/** Multipart request bodies are summarised, never stored as bytes in an observation. */
export interface MultipartSummary {
  multipart: true;
  fields: Record<string, string>;
  files: { field: string; filename: string; contentType: string | null; size: number; sha256: string }[];
}
