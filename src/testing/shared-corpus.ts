/**
 * Test-only access to `../shared/corpus` (real recordings of the live service made by other
 * projects). Users' machines do not have it: tests call `describe.skipIf(!SHARED_CORPUS_PRESENT)`
 * and say why with `SHARED_SKIP_REASON`. Nothing here is ever copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpExchange, SseEvent, Traffic } from '../traffic/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = process.env['OAIC_SHARED_DIR'] ?? path.resolve(here, '../../../shared');
export const SHARED_CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const SHARED_OPENAPI = path.join(SHARED_DIR, 'openapi', 'openapi.yaml');
export const SHARED_CORPUS_PRESENT = existsSync(path.join(SHARED_CORPUS_DIR, 'normalized'));
export const SHARED_SKIP_REASON = `skipped: ${SHARED_CORPUS_DIR} is not present (it exists only on the maintainers' machines; set OAIC_SHARED_DIR to point at a copy)`;

/** The normalized corpus shape (see the corpus README). */
interface NormalizedInteraction {
  method: string;
  path: string;
  request_body: unknown;
  status: number | string;
  response_headers?: Record<string, string> | null;
  response_json: unknown;
  sse_events: { event: string | null; data: unknown }[] | null;
}
export interface NormalizedRecording {
  name: string;
  source: string;
  api: 'assistants' | 'responses' | 'conversations' | 'files' | 'vector_stores' | string;
  interactions: NormalizedInteraction[];
}

export function listNormalized(): NormalizedRecording[] {
  const dir = path.join(SHARED_CORPUS_DIR, 'normalized');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Omit<NormalizedRecording, 'name'>) }));
}

/** Converts one normalized recording into the harness's wire-level Traffic. */
export function normalizedToTraffic(rec: NormalizedRecording): Traffic {
  const exchanges: HttpExchange[] = rec.interactions.map((it, index) => {
    const [pathname = '', query = ''] = it.path.split('?');
    const headers = Object.fromEntries(Object.entries(it.response_headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const sse: SseEvent[] | null = it.sse_events
      ? it.sse_events.map((e, i) => ({ index: i, event: e.event, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) }))
      : null;
    return {
      index,
      method: it.method.toUpperCase(),
      path: pathname,
      query,
      requestContentType: null,
      requestBody: it.request_body ?? null,
      status: Number(it.status),
      responseHeaders: headers,
      responseContentType: headers['content-type'] ?? (sse ? 'text/event-stream' : 'application/json'),
      responseBody: sse ? null : it.response_json,
      sse,
    };
  });
  return { source: `corpus:${rec.name}`, exchanges };
}
