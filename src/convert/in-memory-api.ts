/**
 * Test support: an in-process `fetch` serving the few endpoints the converter uses (messages and
 * run-steps lists with cursor pagination, conversation create / update / items), so the official
 * SDK's own pagination and request code run without a server. Request bodies are checked with the
 * spec's item schemas like a strict server would (400 on violations). `failOn` makes a chosen
 * write call fail, to test interrupted backfills.
 */
import OpenAI from 'openai';
import { validateBody } from './validate-items.ts';
import type { Message, RunStep } from './wire-assistants.ts';

export interface InMemoryState {
  threads: Map<string, { messages: Message[]; steps: RunStep[]; metadata?: Record<string, string> }>;
  files: Map<string, string>;
  conversations: Map<string, { id: string; metadata: Record<string, string>; items: unknown[] }>;
  calls: { method: string; path: string; body?: unknown }[];
}

export interface InMemoryOptions {
  /** Fail the n-th (1-based) write call (POST) with a 500 or a dropped connection. */
  failOn?: { call: number; kind: '500' | 'network' | 'applied-then-500' };
}

/** Conversation ids are unique across instances (tests share state between two of them). */
let convCounter = 0;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const error = (status: number, message: string) => json(status, { error: { message, type: 'invalid_request_error', param: null, code: null } });

function page<T extends { id: string }>(all: readonly T[], q: URLSearchParams): Response {
  const ordered = q.get('order') === 'desc' ? [...all].reverse() : all;
  const limit = Math.min(100, Number(q.get('limit') ?? 20));
  const after = q.get('after');
  const start = after ? ordered.findIndex((x) => x.id === after) + 1 : 0;
  const data = ordered.slice(start, start + limit);
  return json(200, { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: start + limit < ordered.length });
}

export function inMemoryApi(options: InMemoryOptions = {}): { state: InMemoryState; client: OpenAI; fetch: typeof fetch } {
  const state: InMemoryState = { threads: new Map(), files: new Map(), conversations: new Map(), calls: [] };
  let writes = 0;
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/v1/, '');
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    state.calls.push({ method, path, ...(body ? { body } : {}) });
    if (method === 'POST' && options.failOn && ++writes === options.failOn.call) {
      if (options.failOn.kind === 'network') throw new TypeError('fetch failed (simulated dropped connection)');
      if (options.failOn.kind === 'applied-then-500') await route(method, path, url, body);
      return error(500, 'The server had an error while processing your request (simulated).');
    }
    return route(method, path, url, body);
  };
  const route = async (method: string, path: string, url: URL, body: Record<string, unknown> | undefined): Promise<Response> => {
    let m: RegExpExecArray | null;
    if ((m = /^\/threads\/([^/]+)$/.exec(path)) && method === 'GET') {
      const t = state.threads.get(m[1]!);
      return t ? json(200, { id: m[1], object: 'thread', created_at: 1, metadata: t.metadata ?? {}, tool_resources: null }) : error(404, `No thread found with id '${m[1]}'.`);
    }
    if ((m = /^\/files\/([^/]+)$/.exec(path)) && method === 'GET') {
      const name = state.files.get(m[1]!);
      return name ? json(200, { id: m[1], object: 'file', bytes: 1, created_at: 1, filename: name, purpose: 'assistants', status: 'processed' }) : error(404, `No such File object: ${m[1]}`);
    }
    if ((m = /^\/threads\/([^/]+)\/messages$/.exec(path)) && method === 'GET') {
      const t = state.threads.get(m[1]!);
      return t ? page(t.messages, url.searchParams) : error(404, `No thread found with id '${m[1]}'.`);
    }
    if ((m = /^\/threads\/([^/]+)\/runs\/([^/]+)\/steps$/.exec(path)) && method === 'GET') {
      const t = state.threads.get(m[1]!);
      return t ? page(t.steps.filter((s) => s.run_id === m![2]), url.searchParams) : error(404, `No thread found with id '${m[1]}'.`);
    }
    if (path === '/conversations' && method === 'POST') {
      const issues = validateBody('CreateConversationBody', body ?? {});
      if (issues.length) return error(400, `Invalid body: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      const id = `conv_${String(++convCounter).padStart(8, '0')}`;
      const conv = { id, metadata: (body?.['metadata'] as Record<string, string> | undefined) ?? {}, items: [...((body?.['items'] as unknown[] | undefined) ?? [])] };
      state.conversations.set(id, conv);
      return json(200, { id, object: 'conversation', created_at: 1, metadata: conv.metadata });
    }
    if ((m = /^\/conversations\/([^/]+)(\/items)?$/.exec(path))) {
      const conv = state.conversations.get(m[1]!);
      if (!conv) return error(404, `Conversation with id '${m[1]}' not found.`);
      if (m[2] && method === 'POST') {
        const issues = validateBody('CreateConversationItemsBody', body ?? {});
        if (issues.length) return error(400, `Invalid body: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
        conv.items.push(...(body!['items'] as unknown[]));
        return json(200, { object: 'list', data: body!['items'], first_id: null, last_id: null, has_more: false });
      }
      if (m[2] && method === 'GET') return page(conv.items.map((it, i) => ({ id: `item_${i}`, ...(it as object) })), url.searchParams);
      if (method === 'POST') conv.metadata = (body?.['metadata'] as Record<string, string>) ?? {};
      return json(200, { id: conv.id, object: 'conversation', created_at: 1, metadata: conv.metadata });
    }
    return error(404, `Unknown route ${method} ${path}`);
  };
  const client = new OpenAI({ apiKey: 'sk-in-memory', baseURL: 'http://in-memory.invalid/v1', fetch: fetchImpl as typeof fetch, maxRetries: 0 });
  return { state, client, fetch: fetchImpl as typeof fetch };
}
