/**
 * The bundled OpenAI-compatible server: a real node:http server on loopback. `oaic run --target
 * emulator` starts it on a free port and stops it afterwards; `oaic emulator --port N` runs it by
 * itself. What it does not emulate is listed in src/emulator/LIMITATIONS.md.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { HarnessError } from '../errors/harness-error.ts';
import { ApiError, noKey, unknownRoute } from './errors.ts';
import { FAULT_HEADER, parseFaults } from './faults.ts';
import type { EmuRequest, EmuResponse, SseFrame } from './http.ts';
import { Router } from './router.ts';
import { serverError } from './server-error.ts';
import { ROUTES } from './routes.ts';
import { Store } from './store.ts';
import { transportFaults } from './transport-faults.ts';

/** Runs before routing; may answer itself (fault injection) by returning a response. */
export type Middleware = (req: EmuRequest, raw: IncomingMessage) => EmuResponse | undefined | Promise<EmuResponse | undefined>;

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** `logical` (default): deterministic timestamps; `real`: wall clock. */
  clock?: 'logical' | 'real';
  middleware?: Middleware[];
  /** Fault switches on for every request (see faults.ts). */
  faults?: readonly string[];
}

export interface EmulatorHandle {
  url: string;
  baseURL: string;
  port: number;
  store: Store;
  server: Server;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const host = options.host ?? '127.0.0.1';
  const store = new Store(options.clock ?? 'logical');
  const router = new Router(ROUTES);
  const middleware = [transportFaults, ...(options.middleware ?? [])];
  const serverFaults = options.faults ?? [];
  const server = createServer((req, res) => {
    handle(req, res, store, router, middleware, serverFaults).catch((err: unknown) => {
      // Before a request id exists (the body could not be read): log, answer the real 500 text with a fresh id.
      const requestId = `req_${randomBytes(16).toString('hex')}`;
      crashed(err, requestId);
      if (!res.headersSent) writeJson(res, 500, serverError(requestId).envelope(), { 'x-request-id': requestId });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) =>
      reject(new HarnessError('EMULATOR_START_FAILED', `Failed to start the emulator on ${host}:${options.port ?? 0}: ${err.message}.`, { hint: 'Choose another port with --port, or stop the process that holds it.', cause: err })),
    );
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    port,
    store,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(raw: IncomingMessage, res: ServerResponse, store: Store, router: Router, middleware: Middleware[], serverFaults: readonly string[]): Promise<void> {
  const url = new URL(raw.url ?? '/', 'http://emulator.local');
  const chunks: Buffer[] = [];
  for await (const c of raw) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw.headers)) if (typeof v === 'string') headers[k] = v;
  const key = /^Bearer\s+(.+)$/i.exec(headers['authorization'] ?? '')?.[1] ?? '';
  const ns = store.namespace(key);
  ns.requests += 1;
  const extra = { 'x-request-id': ns.ids.next('req_', 32), 'openai-processing-ms': '1', 'openai-version': '2020-10-01' };
  const path = url.pathname.replace(/^\/v1(?=\/|$)/, '') || '/';
  const method = (raw.method ?? 'GET').toUpperCase();
  let parsed: unknown = null;
  if (body.length && (headers['content-type'] ?? '').includes('application/json')) {
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      writeJson(res, 400, new ApiError(400, "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)").envelope(), extra);
      return;
    }
  }
  const faults = parseFaults(headers[FAULT_HEADER]);
  for (const f of serverFaults) faults.add(f);
  const req: EmuRequest = { method, path, params: {}, query: url.searchParams, headers, body: parsed, raw: body, ns, faults, requestId: extra['x-request-id'] };
  try {
    if (!key) throw noKey();
    for (const m of middleware) {
      const early = await m(req, raw);
      if (early) return await write(res, early, extra);
    }
    const found = router.match(method, path);
    if (!('route' in found)) throw unknownRoute(method, path);
    req.params = found.params;
    await write(res, await found.route.handler(req), extra);
  } catch (err) {
    if (err instanceof ApiError) return writeJson(res, err.status, err.envelope(), { ...extra, ...err.headers });
    // A handler bug: the client gets the service's 500 text, the exception goes to stderr only.
    crashed(err, req.requestId);
    if (res.headersSent) return void res.destroy();
    writeJson(res, 500, serverError(req.requestId).envelope(), extra);
  }
}

function crashed(err: unknown, requestId: string): void {
  process.stderr.write(`oaic emulator: request ${requestId} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
}

function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function write(res: ServerResponse, r: EmuResponse, extra: Record<string, string>): Promise<void> {
  if (r.kind === 'json') return writeJson(res, r.status, r.body, { ...extra, ...r.headers });
  if (r.kind === 'bytes') {
    res.writeHead(r.status, { 'content-type': r.contentType, 'content-length': r.body.length, ...extra, ...r.headers });
    res.end(r.body);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', ...extra, ...r.headers });
  const text = (f: SseFrame, blankLine: boolean) => `${f.event !== undefined ? `event: ${f.event}\n` : ''}data: ${f.data}\n${blankLine ? '\n' : ''}`;
  // Frames go out as they are produced (a held or stalled stream reaches the client frame by
  // frame). Only a stream that must end without its trailing blank line holds one frame back.
  let held: SseFrame | null = null;
  for await (const f of r.frames as AsyncIterable<SseFrame>) {
    if (f.delayMs) await new Promise((resolve) => setTimeout(resolve, f.delayMs));
    if (res.destroyed) return;
    if (!r.dropTrailingBlankLine) {
      res.write(text(f, true));
      continue;
    }
    if (held) res.write(text(held, true));
    held = f;
  }
  if (held && !res.destroyed) res.write(text(held, false));
  res.end();
}
