/**
 * The emulator's request/response model. Route handlers are plain functions from an EmuRequest
 * to an EmuResponse; the server (server.ts) does the HTTP.
 */
import type { Namespace } from './store.ts';

export interface EmuRequest {
  method: string;
  /** Path without the `/v1` prefix, e.g. `/threads/thread_abc/runs`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** Parsed JSON body, or null. */
  body: unknown;
  /** Raw body bytes (multipart uploads). */
  raw: Buffer;
  /** Per-API-key state. */
  ns: Namespace;
  /** Fault switches in force for this request (server option ∪ `x-oaic-fault` header); see faults.ts. */
  faults: ReadonlySet<string>;
  /** The `x-request-id` the answer carries (named in the 500 text, server-error.ts). */
  requestId: string;
}

export interface SseFrame {
  event?: string;
  data: string;
  /** Delay before this frame in ms (fault injection / realism); default 0. */
  delayMs?: number;
}

export type EmuResponse =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'sse'; frames: Iterable<SseFrame> | AsyncIterable<SseFrame>; headers?: Record<string, string>; dropTrailingBlankLine?: boolean }
  | { kind: 'bytes'; status: number; body: Buffer; contentType: string; headers?: Record<string, string> };

export const json = (body: unknown, status = 200, headers?: Record<string, string>): EmuResponse =>
  headers ? { kind: 'json', status, body, headers } : { kind: 'json', status, body };

export function bodyObject(req: EmuRequest): Record<string, unknown> {
  const b = req.body;
  return b !== null && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : {};
}
