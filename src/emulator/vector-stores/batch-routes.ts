/**
 * File batches: create (`file_ids`, or `files` with per-file attributes / chunking, at most 2000),
 * retrieve (one indexing poll for the batch's files), cancel, list files. There is no endpoint
 * that lists batches. Cancelling a batch that already finished returns it unchanged (real traffic
 * shows a 200 with `status: completed`). Faults: `vs-batch-poll-returns-store` (known issue 7,
 * the retrieve answers with the vector store object) and `vs-batch-files-500-once`.
 */
import { badRequest, invalidType, missingParam } from '../errors.ts';
import { type EmuRequest, bodyObject, json } from '../http.ts';
import type { Route } from '../router.ts';
import { type AttachRequest, attachAll } from './attach.ts';
import { pollAfter, storeParam } from './common.ts';
import { VS_FAULT } from './fault-names.ts';
import { listFiles } from './file-routes.ts';
import { type BatchRecord, batches, batchFiles, countFiles, getBatch, renderBatch, renderStore, step } from './store.ts';
import * as v from './validate.ts';
import { serverError } from '../server-error.ts';

const MAX_BATCH = 2000;

function requests(body: Record<string, unknown>): AttachRequest[] {
  const chunking = v.chunking(body['chunking_strategy']);
  const attributes = v.attributes(body['attributes']);
  const ids = v.stringArray(body['file_ids'], 'file_ids', MAX_BATCH);
  const files = body['files'];
  if (ids !== undefined && files !== undefined) throw badRequest("Only one of 'file_ids' or 'files' may be provided.", 'files', null);
  if (ids !== undefined) {
    if (ids.length === 0) throw badRequest("Invalid 'file_ids': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'file_ids', 'empty_array');
    return ids.map((fileId) => ({ fileId, chunking, attributes }));
  }
  if (files === undefined) throw missingParam('file_ids');
  if (!Array.isArray(files)) throw invalidType('files', 'an array');
  if (files.length === 0) throw badRequest("Invalid 'files': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'files', 'empty_array');
  if (files.length > MAX_BATCH) throw badRequest(`Invalid 'files': array too long. Expected an array with maximum length ${MAX_BATCH}, but got an array with length ${files.length} instead.`, 'files', 'array_above_max_length');
  // Per-file entries: the global chunking_strategy / attributes are ignored (spec).
  return files.map((f: unknown, i) => {
    if (!v.isObject(f)) throw invalidType(`files[${i}]`, 'an object');
    const fileId = f['file_id'];
    if (typeof fileId !== 'string') throw fileId === undefined ? missingParam(`files[${i}].file_id`) : invalidType(`files[${i}].file_id`, 'a string');
    return { fileId, chunking: v.chunking(f['chunking_strategy'], `files[${i}].chunking_strategy`), attributes: v.attributes(f['attributes'], `files[${i}].attributes`) };
  });
}

const batchParam = (req: EmuRequest) => {
  const store = storeParam(req);
  return { store, batch: getBatch(req.ns, store, req.params['batch_id'] ?? '') };
};

export const batchRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/vector_stores/:vector_store_id/file_batches',
    handler: (req) => {
      const store = storeParam(req);
      const reqs = requests(bodyObject(req));
      const param = bodyObject(req)['files'] !== undefined ? 'files' : 'file_ids';
      const batch: BatchRecord = { id: req.ns.ids.next('vsfb_', 32), vectorStoreId: store.id, createdAt: req.ns.clock.tick(), fileIds: [], cancelled: false, listedOnce: false };
      attachAll(req.ns, store, reqs, batch.id, req.faults, param);
      batch.fileIds = [...new Set(reqs.map((r) => r.fileId))];
      batches(req.ns).set(batch.id, batch);
      return json(renderBatch(req.ns, batch));
    },
  },
  {
    method: 'GET',
    pattern: '/vector_stores/:vector_store_id/file_batches/:batch_id',
    handler: (req) => {
      const { store, batch } = batchParam(req);
      step(batchFiles(req.ns, batch));
      const body = req.faults.has(VS_FAULT.batchPollReturnsStore) ? renderStore(req.ns, store) : renderBatch(req.ns, batch);
      return json(body, 200, pollAfter(req, body.status));
    },
  },
  {
    method: 'POST',
    pattern: '/vector_stores/:vector_store_id/file_batches/:batch_id/cancel',
    handler: (req) => {
      const { batch } = batchParam(req);
      const files = batchFiles(req.ns, batch);
      if (!batch.cancelled && countFiles(files).in_progress > 0) {
        step(files, 'cancel');
        batch.cancelled = true;
      }
      return json(renderBatch(req.ns, batch));
    },
  },
  {
    method: 'GET',
    pattern: '/vector_stores/:vector_store_id/file_batches/:batch_id/files',
    handler: (req) => {
      const { batch } = batchParam(req);
      if (req.faults.has(VS_FAULT.batchFilesTransient500) && !batch.listedOnce) {
        batch.listedOnce = true;
        throw serverError(req.requestId);
      }
      return listFiles(req, batchFiles(req.ns, batch));
    },
  },
];
