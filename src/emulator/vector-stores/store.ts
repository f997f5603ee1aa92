/**
 * Vector stores, their files and file batches as the emulator keeps them (per namespace), and how
 * they render as wire objects. Statuses and `file_counts` are always computed from the files'
 * indexing states (indexing.ts), so they cannot disagree.
 */
import { ApiError, notFound } from '../errors.ts';
import { findFile } from '../files/store.ts';
import type { Namespace } from '../store.ts';
import type { ChunkingParams } from './chunk.ts';
import type { FaultSet } from './fault-names.ts';
import { apply, type IndexEvent, type IndexState, startIndexing } from './indexing.ts';
import type { Attributes, ExpiresAfter, FileBatchObject, FileCounts, Metadata, VectorStoreFileObject, VectorStoreObject } from './types.ts';

export interface FileRecord {
  id: string;
  vectorStoreId: string;
  createdAt: number;
  filename: string;
  chunking: ChunkingParams;
  attributes: Attributes;
  batchId: string | null;
  state: IndexState;
}

export interface StoreRecord {
  id: string;
  createdAt: number;
  name: string | null;
  description: string | null;
  metadata: Metadata;
  expiresAfter: ExpiresAfter | null;
  lastActiveAt: number;
  files: Map<string, FileRecord>;
}

export interface BatchRecord {
  id: string;
  vectorStoreId: string;
  createdAt: number;
  fileIds: string[];
  cancelled: boolean;
  /** For the `vs-batch-files-500-once` fault. */
  listedOnce: boolean;
}

const STORES = 'vector_stores';
const BATCHES = 'vector_store_file_batches';

export const stores = (ns: Namespace) => ns.collection<StoreRecord>(STORES);
export const batches = (ns: Namespace) => ns.collection<BatchRecord>(BATCHES);

/** `Invalid '<param>': '<id>'. Expected an ID that begins with '<prefix>'.` (known issue 7 shows the batch one). */
export function checkPrefix(param: string, id: string, prefix: string): void {
  if (!id.startsWith(prefix)) throw new ApiError(400, `Invalid '${param}': '${id}'. Expected an ID that begins with '${prefix}'.`, 'invalid_request_error', param, null);
}

export function getStore(ns: Namespace, id: string): StoreRecord {
  checkPrefix('vector_store_id', id, 'vs_');
  const s = stores(ns).get(id);
  if (!s) throw notFound('vector store', id);
  return s;
}

export function getStoreFile(store: StoreRecord, fileId: string): FileRecord {
  const f = store.files.get(fileId);
  if (!f) throw new ApiError(404, `No file found with id '${fileId}' in vector store '${store.id}'.`, 'invalid_request_error', null, null);
  return f;
}

export function getBatch(ns: Namespace, store: StoreRecord, batchId: string): BatchRecord {
  checkPrefix('batch_id', batchId, 'vsfb_');
  const b = batches(ns).get(batchId);
  if (!b || b.vectorStoreId !== store.id) throw new ApiError(404, `No file batch found with id '${batchId}' in vector store '${store.id}'.`, 'invalid_request_error', null, null);
  return b;
}

export function createStore(ns: Namespace, input: { name: string | null; description: string | null; metadata: Metadata; expiresAfter: ExpiresAfter | null }): StoreRecord {
  const now = ns.clock.tick();
  const record: StoreRecord = { id: ns.ids.next('vs_', 24), createdAt: now, lastActiveAt: now, files: new Map(), ...input };
  stores(ns).set(record.id, record);
  return record;
}

export function deleteStore(ns: Namespace, store: StoreRecord): void {
  stores(ns).delete(store.id);
  for (const [id, b] of batches(ns)) if (b.vectorStoreId === store.id) batches(ns).delete(id);
}

/** Attach an uploaded file (already checked to exist and to have a supported extension). */
export function attachFile(ns: Namespace, store: StoreRecord, input: { fileId: string; chunking: ChunkingParams; attributes: Attributes; batchId: string | null }, faults: FaultSet): FileRecord {
  const file = findFile(ns, input.fileId);
  if (!file) throw notFound('file', input.fileId);
  const record: FileRecord = {
    id: input.fileId,
    vectorStoreId: store.id,
    createdAt: ns.clock.tick(),
    filename: file.object.filename,
    chunking: input.chunking,
    attributes: input.attributes,
    batchId: input.batchId,
    state: startIndexing(file.object.filename, file.content, input.chunking, faults),
  };
  // Re-attaching replaces the earlier record (and re-indexes), keeping one entry per file id.
  store.files.delete(input.fileId);
  store.files.set(input.fileId, record);
  return record;
}

/** Remove the file from every store (deleting the underlying file object does this). */
export function detachEverywhere(ns: Namespace, fileId: string): void {
  for (const s of stores(ns).values()) s.files.delete(fileId);
}

/** One indexing event for each of the given files (a poll or a cancel). */
export function step(files: Iterable<FileRecord>, event: IndexEvent = 'poll'): void {
  for (const f of files) f.state = apply(f.state, event);
}

export function batchFiles(ns: Namespace, batch: BatchRecord): FileRecord[] {
  const store = stores(ns).get(batch.vectorStoreId);
  if (!store) return [];
  return batch.fileIds.map((id) => store.files.get(id)).filter((f): f is FileRecord => f !== undefined && f.batchId === batch.id);
}

export function countFiles(files: Iterable<FileRecord>): FileCounts {
  const c: FileCounts = { in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: 0 };
  for (const f of files) {
    c[f.state.status] += 1;
    c.total += 1;
  }
  return c;
}

export function renderStore(ns: Namespace, s: StoreRecord): VectorStoreObject {
  const counts = countFiles(s.files.values());
  const expiresAt = s.expiresAfter ? s.lastActiveAt + s.expiresAfter.days * 86_400 : null;
  let usage = 0;
  for (const f of s.files.values()) if (f.state.status === 'completed' && f.state.outcome.status === 'completed') usage += f.state.outcome.usageBytes;
  const status = expiresAt !== null && ns.clock.now() >= expiresAt ? 'expired' : counts.in_progress > 0 ? 'in_progress' : 'completed';
  return {
    id: s.id,
    object: 'vector_store',
    name: s.name,
    description: s.description,
    status,
    usage_bytes: usage,
    created_at: s.createdAt,
    file_counts: counts,
    metadata: s.metadata,
    expires_after: s.expiresAfter,
    expires_at: expiresAt,
    last_active_at: s.lastActiveAt,
  };
}

export function renderFile(f: FileRecord): VectorStoreFileObject {
  const { status, outcome } = f.state;
  return {
    id: f.id,
    object: 'vector_store.file',
    usage_bytes: status === 'completed' && outcome.status === 'completed' ? outcome.usageBytes : 0,
    created_at: f.createdAt,
    vector_store_id: f.vectorStoreId,
    status,
    last_error: status === 'failed' && outcome.status === 'failed' ? outcome.error : null,
    chunking_strategy: { type: 'static', static: { max_chunk_size_tokens: f.chunking.maxTokens, chunk_overlap_tokens: f.chunking.overlapTokens } },
    attributes: f.attributes,
  };
}

export function renderBatch(ns: Namespace, b: BatchRecord): FileBatchObject {
  const counts = countFiles(batchFiles(ns, b));
  const status = b.cancelled ? 'cancelled' : counts.in_progress > 0 ? 'in_progress' : 'completed';
  return { id: b.id, object: 'vector_store.file_batch', created_at: b.createdAt, vector_store_id: b.vectorStoreId, status, file_counts: counts };
}
