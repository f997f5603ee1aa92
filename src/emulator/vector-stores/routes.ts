/**
 * The Vector Stores API: stores (create with file_ids / expires_after / chunking_strategy /
 * metadata, retrieve, update, list, delete), plus the file, file-batch and search routes of the
 * sibling modules. Every read of a store is one indexing poll for its files (indexing.ts), and
 * retrieve answers of `in_progress` objects carry `openai-poll-after-ms` so the SDK's pollers wait
 * only a few milliseconds.
 */
import { type EmuRequest, bodyObject, json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { createStoreWithFiles } from './attach.ts';
import { pollAfter, storeParam } from './common.ts';
import { batchRoutes } from './batch-routes.ts';
import { fileRoutes } from './file-routes.ts';
import { searchRoutes } from './search-routes.ts';
import { deleteStore, renderStore, step, stores } from './store.ts';
import * as v from './validate.ts';

function create(req: EmuRequest) {
  const body = bodyObject(req);
  const fileIds = v.stringArray(body['file_ids'], 'file_ids', 500) ?? [];
  const chunking = v.chunking(body['chunking_strategy']);
  const store = createStoreWithFiles(
    req.ns,
    {
      name: v.optionalString(body['name'], 'name') ?? null,
      description: v.optionalString(body['description'], 'description') ?? null,
      metadata: v.metadata(body['metadata']),
      expiresAfter: v.expiresAfter(body['expires_after']),
      fileIds,
      chunking,
    },
    req.faults,
  );
  return json(renderStore(req.ns, store));
}

function update(req: EmuRequest) {
  const store = storeParam(req);
  const body = bodyObject(req);
  const name = v.optionalString(body['name'], 'name');
  if (name !== undefined) store.name = name;
  if ('expires_after' in body) store.expiresAfter = v.expiresAfter(body['expires_after']);
  if (body['metadata'] !== undefined) store.metadata = v.metadata(body['metadata']);
  return json(renderStore(req.ns, store));
}

export const vectorStoreRoutes: Route[] = [
  { method: 'POST', pattern: '/vector_stores', handler: create },
  {
    method: 'GET',
    pattern: '/vector_stores',
    handler: (req) => {
      const all = [...stores(req.ns).values()];
      for (const s of all) step(s.files.values());
      return json(paginate(all.map((s) => renderStore(req.ns, s)), req.query));
    },
  },
  {
    method: 'GET',
    pattern: '/vector_stores/:vector_store_id',
    handler: (req) => {
      const store = storeParam(req);
      step(store.files.values());
      const body = renderStore(req.ns, store);
      return json(body, 200, pollAfter(req, body.status));
    },
  },
  { method: 'POST', pattern: '/vector_stores/:vector_store_id', handler: update },
  {
    method: 'DELETE',
    pattern: '/vector_stores/:vector_store_id',
    handler: (req) => {
      const store = storeParam(req);
      deleteStore(req.ns, store);
      return json({ id: store.id, object: 'vector_store.deleted', deleted: true });
    },
  },
  ...fileRoutes,
  ...batchRoutes,
  ...searchRoutes,
];
