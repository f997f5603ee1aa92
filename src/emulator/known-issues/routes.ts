/**
 * Fault switches for SDK-side known issues: traffic the real service sent (or gateways send)
 * that trips particular SDK versions. Each row of FAULT_ROUTES answers one route while its fault
 * is on (`x-oaic-fault: <name>`); with no fault on, the request falls through to the surface
 * that owns the route. The rows are data; the names are registered in ../faults.ts.
 */
import { unknownRoute } from '../errors.ts';
import type { EmuRequest, EmuResponse, SseFrame } from '../http.ts';
import { bodyObject, json } from '../http.ts';
import { Router, type Route } from '../router.ts';
import { batchObject, responseTextStream, runObject, vectorStoreFileObject } from './wire.ts';

type Method = Route['method'];
interface FaultRoute {
  fault: string;
  method: Method;
  pattern: string;
  handler: (req: EmuRequest) => EmuResponse;
}

const frame = (event: string, data: unknown): SseFrame => ({ event, data: typeof data === 'string' ? data : JSON.stringify(data) });
const DONE = frame('done', '[DONE]');

function runStream(req: EmuRequest, tail: (runId: string) => SseFrame[], opts: { dropTrailingBlankLine?: boolean } = {}): EmuResponse {
  const runId = req.ns.ids.next('run_');
  const frames = [frame('thread.run.created', runObject(req, runId, 'queued')), frame('thread.run.queued', runObject(req, runId, 'queued')), frame('thread.run.in_progress', runObject(req, runId, 'in_progress')), ...tail(runId)];
  return { kind: 'sse', frames, ...(opts.dropTrailingBlankLine ? { dropTrailingBlankLine: true } : {}) };
}

/** Per-namespace counters (polls seen per object). */
function bump(req: EmuRequest, key: string): number {
  const c = req.ns.collection<number>('ki-fault-counters');
  const n = (c.get(key) ?? 0) + 1;
  c.set(key, n);
  return n;
}

export const UNKNOWN_STATUS = 'oaic_unknown';
export const UNKNOWN_STATUS_POLLS = 20;
export const SLOW_BATCH_POLLS = 2;
export const SLOW_RUN_POLLS = 3;
export const SLOW_BATCH_POLL_AFTER_MS = 300;

export const FAULT_ROUTES: readonly FaultRoute[] = [
  { fault: 'ki-stream-incomplete', method: 'POST', pattern: '/threads/:thread_id/runs', handler: (req) => runStream(req, (id) => [frame('thread.run.incomplete', runObject(req, id, 'incomplete', { incomplete_details: { reason: 'max_completion_tokens' } })), DONE]) },
  { fault: 'ki-stream-no-terminal-event', method: 'POST', pattern: '/threads/:thread_id/runs', handler: (req) => runStream(req, () => [DONE]) },
  { fault: 'ki-stream-no-trailing-blank-line', method: 'POST', pattern: '/threads/:thread_id/runs', handler: (req) => runStream(req, (id) => [frame('thread.run.completed', runObject(req, id, 'completed'))], { dropTrailingBlankLine: true }) },
  {
    fault: 'ki-stream-flat-error-event',
    method: 'POST',
    pattern: '/threads/:thread_id/runs',
    handler: (req) => runStream(req, () => [frame('error', { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null })]),
  },
  {
    fault: 'ki-run-slow',
    method: 'GET',
    pattern: '/threads/:thread_id/runs/:run_id',
    handler: (req) => {
      const n = bump(req, `slow:${req.params['run_id']}`);
      return json(runObject(req, req.params['run_id']!, n <= SLOW_RUN_POLLS ? 'in_progress' : 'completed'), 200, { 'openai-poll-after-ms': '5' });
    },
  },
  { fault: 'ki-responses-text-stream', method: 'POST', pattern: '/responses', handler: (req) => ({ kind: 'sse', frames: responseTextStream(req) }) },
  { fault: 'ki-responses-no-trailing-blank-line', method: 'POST', pattern: '/responses', handler: (req) => ({ kind: 'sse', frames: responseTextStream(req), dropTrailingBlankLine: true }) },
  {
    fault: 'ki-run-unknown-status',
    method: 'GET',
    pattern: '/threads/:thread_id/runs/:run_id',
    handler: (req) => {
      const n = bump(req, `run:${req.params['run_id']}`);
      return json(runObject(req, req.params['run_id']!, n <= UNKNOWN_STATUS_POLLS ? UNKNOWN_STATUS : 'completed'));
    },
  },
  { fault: 'ki-vector-store-file-stuck', method: 'GET', pattern: '/vector_stores/:vector_store_id/files/:file_id', handler: (req) => json(vectorStoreFileObject(req, req.params['file_id']!, req.params['vector_store_id']!, 'in_progress')) },
  { fault: 'ki-vector-store-file-stuck', method: 'GET', pattern: '/vector_stores/:vector_store_id/file_batches/:batch_id', handler: (req) => json(batchObject(req, req.params['batch_id']!, req.params['vector_store_id']!, 'in_progress')) },
  {
    fault: 'ki-file-batch-slow',
    method: 'POST',
    pattern: '/files',
    handler: (req) => json({ id: req.ns.ids.next('file-', 22), object: 'file', bytes: req.raw.length, created_at: req.ns.clock.tick(), filename: 'upload', purpose: 'assistants', status: 'processed', status_details: null, expires_at: null }),
  },
  {
    fault: 'ki-file-batch-slow',
    method: 'POST',
    pattern: '/vector_stores/:vector_store_id/file_batches',
    handler: (req) => {
      const ids = bodyObject(req)['file_ids'];
      return json({ ...batchObject(req, req.ns.ids.next('vsfb_'), req.params['vector_store_id']!, 'in_progress'), file_counts: { in_progress: Array.isArray(ids) ? ids.length : 0, completed: 0, failed: 0, cancelled: 0, total: Array.isArray(ids) ? ids.length : 0 } });
    },
  },
  {
    fault: 'ki-file-batch-slow',
    method: 'GET',
    pattern: '/vector_stores/:vector_store_id/file_batches/:batch_id',
    handler: (req) => {
      const n = bump(req, `batch:${req.params['batch_id']}`);
      const status = n <= SLOW_BATCH_POLLS ? 'in_progress' : 'completed';
      return json(batchObject(req, req.params['batch_id']!, req.params['vector_store_id']!, status), 200, { 'openai-poll-after-ms': String(SLOW_BATCH_POLL_AFTER_MS) });
    },
  },
];

let owners: Router | undefined;
const own = new Set<Route>();

/** The route of the surface that owns the path (every route but these). */
async function fallThrough(req: EmuRequest): Promise<EmuResponse> {
  if (!owners) {
    const { ROUTES } = await import('../routes.ts');
    owners = new Router(ROUTES.filter((r) => !own.has(r)));
  }
  const found = owners.match(req.method, req.path);
  if (!('route' in found)) throw unknownRoute(req.method, req.path);
  req.params = found.params;
  return found.route.handler(req);
}

function grouped(): Route[] {
  const byKey = new Map<string, FaultRoute[]>();
  for (const f of FAULT_ROUTES) byKey.set(`${f.method} ${f.pattern}`, [...(byKey.get(`${f.method} ${f.pattern}`) ?? []), f]);
  return [...byKey.values()].map((rows) => {
    const route: Route = {
      method: rows[0]!.method,
      pattern: rows[0]!.pattern,
      handler: (req) => {
        const row = rows.find((r) => req.faults.has(r.fault) && (r.method !== 'POST' || r.pattern !== '/threads/:thread_id/runs' || bodyObject(req)['stream'] === true));
        return row ? row.handler(req) : fallThrough(req);
      },
    };
    own.add(route);
    return route;
  });
}

/** Listed first in ../routes.ts so a fault can answer before the owning surface. */
export const knownIssueRoutes: readonly Route[] = grouped();
