/**
 * Attaching files to a store, shared by `POST /vector_stores` (file_ids), `POST …/files` and
 * `POST …/file_batches`. All-or-nothing: every file must exist and have a retrieval extension
 * before any is attached, so a 400 leaves the store as it was.
 */
import { notFound } from '../errors.ts';
import { findFile } from '../files/store.ts';
import type { Namespace } from '../store.ts';
import { AUTO_CHUNKING, type ChunkingParams } from './chunk.ts';
import type { FaultSet } from './fault-names.ts';
import { attachFile, createStore, type FileRecord, type StoreRecord } from './store.ts';
import { isRetrievalSupported, unsupportedFiles } from './supported.ts';
import type { Attributes, ExpiresAfter, Metadata } from './types.ts';

export interface AttachRequest {
  fileId: string;
  chunking: ChunkingParams;
  attributes: Attributes;
}

/** Throws the 404 / 400 the service sends when any of the files cannot be attached. */
export function checkAttachable(ns: Namespace, fileIds: readonly string[], param: string): void {
  const unsupported: string[] = [];
  for (const id of fileIds) {
    const file = findFile(ns, id);
    if (!file) throw notFound('file', id);
    if (!isRetrievalSupported(file.object.filename)) unsupported.push(file.object.filename);
  }
  if (unsupported.length) throw unsupportedFiles(unsupported, param);
}

export function attachAll(ns: Namespace, store: StoreRecord, requests: readonly AttachRequest[], batchId: string | null, faults: FaultSet, param: string): FileRecord[] {
  checkAttachable(ns, requests.map((r) => r.fileId), param);
  return requests.map((r) => attachFile(ns, store, { ...r, batchId }, faults));
}

/**
 * Create a store and attach files in one go (all-or-nothing): `POST /vector_stores` and, for other
 * surfaces, `tool_resources.file_search.vector_stores` helpers and thread stores made for message
 * attachments. Throws the real 404 / 400 before anything is created.
 */
export function createStoreWithFiles(
  ns: Namespace,
  input: { name?: string | null; description?: string | null; metadata?: Metadata; expiresAfter?: ExpiresAfter | null; fileIds: readonly string[]; chunking?: ChunkingParams },
  faults: FaultSet,
  param = 'file_ids',
): StoreRecord {
  checkAttachable(ns, input.fileIds, param);
  const store = createStore(ns, { name: input.name ?? null, description: input.description ?? null, metadata: input.metadata ?? {}, expiresAfter: input.expiresAfter ?? null });
  const chunking = input.chunking ?? AUTO_CHUNKING;
  attachAll(ns, store, [...new Set(input.fileIds)].map((fileId) => ({ fileId, chunking, attributes: {} })), null, faults, param);
  return store;
}
