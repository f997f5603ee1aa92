/**
 * The fault switches the Files and Vector Stores surfaces honour (registered with their
 * descriptions in ../faults.ts). A switch may carry a count: `vs-stuck-in-progress=5`.
 */

export type FaultSet = ReadonlySet<string>;

export const VS_FAULT = {
  /** known issue 3: indexing stays in_progress for N polls (default 3). */
  stuck: 'vs-stuck-in-progress',
  /** known issue 7: GET /vector_stores/{vs}/file_batches/{batch} answers with the vector store object. */
  batchPollReturnsStore: 'vs-batch-poll-returns-store',
  /** known issue 8 (single unconfirmed report): detaching a file from one store detaches it from all. */
  detachEverywhere: 'vs-detach-removes-everywhere',
  /** Files finish `failed` with `last_error.code = server_error`. */
  indexServerError: 'vs-index-server-error',
  /** `vs-poll-after-ms=N`: in-progress retrieve answers suggest N ms instead of 5. */
  pollAfter: 'vs-poll-after-ms',
  /** The first `GET …/file_batches/{batch}/files` of each batch answers 500 (seen in real traffic; the retry succeeds). */
  batchFilesTransient500: 'vs-batch-files-500-once',
} as const;

/** 0 when the switch is off; `fallback` when on without a count; the count of `name=N`. */
export function faultCount(faults: FaultSet, name: string, fallback: number): number {
  if (faults.has(name)) return fallback;
  for (const f of faults) {
    if (!f.startsWith(`${name}=`)) continue;
    const n = Number(f.slice(name.length + 1));
    if (Number.isInteger(n) && n >= 0) return n;
  }
  return 0;
}
