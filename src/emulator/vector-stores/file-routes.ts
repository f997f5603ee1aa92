/**
 * Files of a vector store: attach (`POST …/files`), retrieve, list (`filter` by status), update
 * attributes, detach (`DELETE`, the underlying file survives), and the parsed content. The fault
 * `vs-detach-removes-everywhere` reproduces known issue 8: a detach removes the file from every
 * store of the namespace.
 */
import { badRequest, invalidType, missingParam } from '../errors.ts';
import { type EmuRequest, bodyObject, json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { attachAll } from './attach.ts';
import { pollAfter, storeParam } from './common.ts';
import { VS_FAULT } from './fault-names.ts';
import { detachEverywhere, type FileRecord, getStoreFile, renderFile, step } from './store.ts';
import type { VectorStoreFileStatus } from './types.ts';
import * as v from './validate.ts';

const STATUSES: readonly VectorStoreFileStatus[] = ['in_progress', 'completed', 'failed', 'cancelled'];

/** `?filter=` on file lists (stores and batches): one of the file statuses. */
export function listFiles(req: EmuRequest, files: FileRecord[]) {
  const filter = req.query.get('filter');
  if (filter !== null && !(STATUSES as readonly string[]).includes(filter)) {
    throw badRequest(`Invalid value: '${filter}'. Supported values are: 'in_progress', 'completed', 'failed', and 'cancelled'.`, 'filter', 'invalid_value');
  }
  step(files);
  const rendered = files.map(renderFile).filter((f) => filter === null || f.status === filter);
  return json(paginate(rendered, req.query));
}

const fileParam = (req: EmuRequest) => {
  const store = storeParam(req);
  return { store, file: getStoreFile(store, req.params['file_id'] ?? '') };
};

export const fileRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/vector_stores/:vector_store_id/files',
    handler: (req) => {
      const store = storeParam(req);
      const body = bodyObject(req);
      const fileId = body['file_id'];
      if (fileId === undefined) throw missingParam('file_id');
      if (typeof fileId !== 'string') throw invalidType('file_id', 'a string');
      const [record] = attachAll(req.ns, store, [{ fileId, chunking: v.chunking(body['chunking_strategy']), attributes: v.attributes(body['attributes']) }], null, req.faults, 'file_id');
      return json(record ? renderFile(record) : null);
    },
  },
  { method: 'GET', pattern: '/vector_stores/:vector_store_id/files', handler: (req) => listFiles(req, [...storeParam(req).files.values()]) },
  {
    method: 'GET',
    pattern: '/vector_stores/:vector_store_id/files/:file_id',
    handler: (req) => {
      const { file } = fileParam(req);
      step([file]);
      const body = renderFile(file);
      return json(body, 200, pollAfter(req, body.status));
    },
  },
  {
    method: 'POST',
    pattern: '/vector_stores/:vector_store_id/files/:file_id',
    handler: (req) => {
      const { file } = fileParam(req);
      const body = bodyObject(req);
      if (body['attributes'] === undefined) throw missingParam('attributes');
      file.attributes = v.attributes(body['attributes']);
      return json(renderFile(file));
    },
  },
  {
    method: 'DELETE',
    pattern: '/vector_stores/:vector_store_id/files/:file_id',
    handler: (req) => {
      const { store, file } = fileParam(req);
      if (req.faults.has(VS_FAULT.detachEverywhere)) detachEverywhere(req.ns, file.id);
      else store.files.delete(file.id);
      return json({ id: file.id, object: 'vector_store.file.deleted', deleted: true });
    },
  },
  {
    method: 'GET',
    pattern: '/vector_stores/:vector_store_id/files/:file_id/content',
    handler: (req) => {
      const { file } = fileParam(req);
      const { status, outcome } = file.state;
      const data = status === 'completed' && outcome.status === 'completed' ? [{ type: 'text', text: outcome.text }] : [];
      return json({ object: 'vector_store.file_content.page', data, has_more: false, next_page: null });
    },
  },
];
