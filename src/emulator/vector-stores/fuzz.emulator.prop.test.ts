/**
 * Fuzz over the Files and Vector Stores routes (fast-check; starts the emulator): random sequences
 * of valid, half-valid and malformed requests never get a 5xx, every 4xx carries the error
 * envelope, and afterwards every store's and batch's `file_counts` agree with its files.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import { makeDocx, makePdf } from './test-documents.ts';

interface Ids {
  files: string[];
  stores: string[];
  batches: [string, string][];
}

type Op = (ids: Ids) => { method: string; path: string; body?: unknown; raw?: { contentType: string; data: Buffer } };

const pick = (list: readonly string[], i: number, junk: string) => (list.length ? (list[i % list.length] ?? junk) : junk);

const names = fc.constantFrom('a.txt', 'b.md', 'c.pdf', 'd.docx', 'e.csv', 'noext', 'f.PY', 'g.html', 'h.xlsx');
const contents: fc.Arbitrary<Buffer> = fc.oneof<fc.Arbitrary<Buffer>[]>(
  fc.string().map((s): Buffer => Buffer.from(s)),
  fc.uint8Array({ maxLength: 64 }).map((a): Buffer => Buffer.from(a)),
  fc.constant(makePdf(['fuzz pdf text'])),
  fc.constant(makeDocx(['fuzz docx text'])),
);
const chunking = fc.oneof(
  fc.constant(undefined),
  fc.constant({ type: 'auto' }),
  fc.record({ type: fc.constant('static'), static: fc.record({ max_chunk_size_tokens: fc.integer({ min: -5, max: 5000 }), chunk_overlap_tokens: fc.integer({ min: -5, max: 3000 }) }) }),
  fc.anything(),
);
const idRef = fc.tuple(fc.nat(), fc.boolean());

function multipart(fields: [string, string][], file?: { name: string; data: Buffer }): { contentType: string; data: Buffer } {
  const b = 'fuzzBoundary';
  const parts: Buffer[] = fields.map(([k, v]) => Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) parts.push(Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n\r\n`), file.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${b}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${b}`, data: Buffer.concat(parts) };
}

const op: fc.Arbitrary<Op> = fc.oneof(
  // Mostly-valid steps first, so the state grows and the malformed ones hit real objects.
  { weight: 3, arbitrary: fc.record({ name: names, data: contents }).map(({ name, data }) => () => ({ method: 'POST', path: '/files', raw: multipart([['purpose', 'assistants']], { name, data }) })) },
  { weight: 2, arbitrary: fc.array(fc.nat(), { maxLength: 3 }).map((refs) => (ids: Ids) => ({ method: 'POST', path: '/vector_stores', body: { name: 'fuzz', file_ids: [...new Set(refs.map((i) => pick(ids.files, i, 'file-x')))].filter((x) => x !== 'file-x') } })) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([s, f]) => (ids: Ids) => ({ method: 'POST', path: `/vector_stores/${pick(ids.stores, s, 'vs_x')}/files`, body: { file_id: pick(ids.files, f, 'file-x') } })) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([s, f]) => (ids: Ids) => ({ method: 'POST', path: `/vector_stores/${pick(ids.stores, s, 'vs_x')}/file_batches`, body: { file_ids: [pick(ids.files, f, 'file-x'), pick(ids.files, f + 1, 'file-x')] } })) },
  fc.record({ name: names, data: contents, purpose: fc.constantFrom('assistants', 'assistants', 'batch', 'bogus', 'vision') }).map(({ name, data, purpose }) => () => ({ method: 'POST', path: '/files', raw: multipart([['purpose', purpose]], { name, data }) })),
  fc.uint8Array({ maxLength: 80 }).map((a) => () => ({ method: 'POST', path: '/files', raw: { contentType: 'multipart/form-data; boundary=x', data: Buffer.from(a) } })),
  fc.record({ refs: fc.array(idRef, { maxLength: 3 }), chunking, name: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), meta: fc.oneof(fc.constant(undefined), fc.dictionary(fc.string(), fc.string(), { maxKeys: 18 }), fc.anything()) }).map(
    ({ refs, chunking: cs, name, meta }) => (ids: Ids) => ({ method: 'POST', path: '/vector_stores', body: { file_ids: refs.map(([i, real]) => (real ? pick(ids.files, i, 'file-x') : `file-${i}`)), chunking_strategy: cs, name, metadata: meta } }),
  ),
  fc.record({ s: fc.nat(), f: idRef, attrs: fc.anything() }).map(({ s, f, attrs }) => (ids: Ids) => ({ method: 'POST', path: `/vector_stores/${pick(ids.stores, s, 'vs_x')}/files`, body: { file_id: f[1] ? pick(ids.files, f[0], 'file-x') : f[0], attributes: attrs } })),
  fc.record({ s: fc.nat(), refs: fc.array(fc.nat(), { maxLength: 4 }), useFiles: fc.boolean() }).map(({ s, refs, useFiles }) => (ids: Ids) => {
    const fileIds = refs.map((i) => pick(ids.files, i, 'file-x'));
    return { method: 'POST', path: `/vector_stores/${pick(ids.stores, s, 'vs_x')}/file_batches`, body: useFiles ? { files: fileIds.map((file_id) => ({ file_id, attributes: { k: 1 } })) } : { file_ids: fileIds } };
  }),
  fc.record({ s: fc.nat(), q: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.anything()), n: fc.oneof(fc.constant(undefined), fc.integer({ min: -2, max: 60 })), filters: fc.oneof(fc.constant(undefined), fc.anything()) }).map(
    ({ s, q, n, filters }) => (ids: Ids) => ({ method: 'POST', path: `/vector_stores/${pick(ids.stores, s, 'vs_x')}/search`, body: { query: q, max_num_results: n, filters } }),
  ),
  fc.record({ s: fc.nat(), f: fc.nat(), kind: fc.constantFrom('store', 'file', 'files', 'content', 'detach', 'delete-file', 'delete-store', 'list', 'update') }).map(({ s, f, kind }) => (ids: Ids) => {
    const vs = pick(ids.stores, s, 'vs_x');
    const file = pick(ids.files, f, 'file-x');
    const table: Record<string, ReturnType<Op>> = {
      store: { method: 'GET', path: `/vector_stores/${vs}` },
      file: { method: 'GET', path: `/vector_stores/${vs}/files/${file}` },
      files: { method: 'GET', path: `/vector_stores/${vs}/files?filter=${f % 2 ? 'completed' : 'bogus'}&limit=${f % 120}` },
      content: { method: 'GET', path: `/vector_stores/${vs}/files/${file}/content` },
      detach: { method: 'DELETE', path: `/vector_stores/${vs}/files/${file}` },
      'delete-file': { method: 'DELETE', path: `/files/${file}` },
      'delete-store': { method: 'DELETE', path: `/vector_stores/${vs}` },
      list: { method: 'GET', path: `/files?limit=${f % 3 ? f : 'abc'}&order=${f % 2 ? 'asc' : 'sideways'}` },
      update: { method: 'POST', path: `/vector_stores/${vs}`, body: { name: f % 2 ? null : 7, expires_after: f % 3 ? { anchor: 'last_active_at', days: f % 400 } : 'x' } },
    };
    return table[kind] ?? { method: 'GET', path: '/vector_stores' };
  }),
  fc.record({ b: fc.nat(), kind: fc.constantFrom('get', 'cancel', 'files') }).map(({ b, kind }) => (ids: Ids) => {
    const [vs, batch] = ids.batches.length ? (ids.batches[b % ids.batches.length] ?? ['vs_x', 'vsfb_x']) : ['vs_x', 'vsfb_x'];
    const suffix = kind === 'get' ? '' : `/${kind}`;
    return { method: kind === 'cancel' ? 'POST' : 'GET', path: `/vector_stores/${vs}/file_batches/${batch}${suffix}` };
  }),
  fc.string({ maxLength: 40 }).map((junk) => (ids: Ids) => ({ method: 'POST', path: `/vector_stores/${pick(ids.stores, junk.length, 'vs_x')}/files`, raw: { contentType: 'application/json', data: Buffer.from(junk) } })),
);

describe('fuzz: Files and Vector Stores routes', () => {
  let emu: EmulatorHandle;
  let run = 0;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  const call = async (key: string, r: ReturnType<Op>) => {
    const headers: Record<string, string> = { authorization: `Bearer ${key}` };
    let body: BodyInit | undefined;
    if (r.raw) {
      headers['content-type'] = r.raw.contentType;
      body = new Uint8Array(r.raw.data);
    } else if (r.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(r.body);
    }
    const res = await fetch(`${emu.baseURL}${r.path}`, { method: r.method, headers, ...(body === undefined ? {} : { body }) });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, json: type.includes('json') ? ((await res.json()) as Record<string, unknown>) : null };
  };

  it('never answers 5xx and keeps file_counts consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const key = `fuzz-${run++}`;
        const ids: Ids = { files: [], stores: [], batches: [] };
        // A fixed prologue (two files, one store) so every sequence has real objects to hit.
        const prologue: Op[] = [
          () => ({ method: 'POST', path: '/files', raw: multipart([['purpose', 'assistants']], { name: 'seed.txt', data: Buffer.from('seed text for search') }) }),
          () => ({ method: 'POST', path: '/files', raw: multipart([['purpose', 'assistants']], { name: 'seed.pdf', data: Buffer.from('not a pdf') }) }),
          (i) => ({ method: 'POST', path: '/vector_stores', body: { name: 'seed', file_ids: i.files } }),
        ];
        for (const o of [...prologue, ...ops]) {
          const r = o(ids);
          const res = await call(key, r);
          expect(res.status, `${r.method} ${r.path}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(Object.keys((res.json?.['error'] ?? {}) as object).sort()).toEqual(['code', 'message', 'param', 'type']);
            continue;
          }
          const obj = res.json?.['object'];
          const id = res.json?.['id'];
          if (typeof id !== 'string') continue;
          if (obj === 'file') ids.files.push(id);
          if (obj === 'vector_store' && r.method === 'POST' && r.path === '/vector_stores') ids.stores.push(id);
          if (obj === 'vector_store.file_batch') ids.batches.push([String(res.json?.['vector_store_id']), id]);
        }
        const stores = (await call(key, { method: 'GET', path: '/vector_stores?limit=100' })).json?.['data'] as { id: string; status: string; file_counts: Record<string, number> }[];
        for (const s of stores) {
          const c = s.file_counts;
          expect((c['in_progress'] ?? 0) + (c['completed'] ?? 0) + (c['failed'] ?? 0) + (c['cancelled'] ?? 0)).toBe(c['total']);
          const files = (await call(key, { method: 'GET', path: `/vector_stores/${s.id}/files?limit=100` })).json?.['data'] as unknown[];
          expect(files.length).toBe(c['total']);
          if (s.status !== 'expired') expect(s.status === 'in_progress').toBe((c['in_progress'] ?? 0) > 0);
        }
        for (const [vs, b] of ids.batches) {
          const res = await call(key, { method: 'GET', path: `/vector_stores/${vs}/file_batches/${b}` });
          if (res.status !== 200) continue;
          const c = res.json?.['file_counts'] as Record<string, number>;
          expect((c['in_progress'] ?? 0) + (c['completed'] ?? 0) + (c['failed'] ?? 0) + (c['cancelled'] ?? 0)).toBe(c['total']);
        }
      }),
      { numRuns: 60 },
    );
  });
});
