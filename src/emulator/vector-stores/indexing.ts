/**
 * Indexing of one vector-store file as a state machine (a transition table, not branches). The
 * clock is logical: a file starts `in_progress` with `stepsLeft` polls to go (1 by default, so the
 * first read after attaching sees the final status); every read that covers the file (retrieve or
 * list of the file, its batch or its store, a search) is one `poll`. The final status was decided
 * at attach time (`outcome`): `completed`, or `failed` with the `last_error` of extraction.
 * The fault `vs-stuck-in-progress[=N]` adds N polls; `vs-index-server-error` makes the outcome a
 * `server_error` failure.
 */
import { type FaultSet, faultCount } from './fault-names.ts';
import { type Chunk, type ChunkingParams, chunkText } from './chunk.ts';
import { extractText } from './extract.ts';
import type { LastError, VectorStoreFileStatus } from './types.ts';

export type IndexEvent = 'poll' | 'cancel';

export type Outcome = { status: 'completed'; text: string; chunks: Chunk[]; usageBytes: number } | { status: 'failed'; error: LastError };

export interface IndexState {
  status: VectorStoreFileStatus;
  stepsLeft: number;
  outcome: Outcome;
}

type Next = VectorStoreFileStatus | 'outcome-when-due';

/** status × event → next status. Terminal statuses ignore every event. */
export const TRANSITIONS: Record<VectorStoreFileStatus, Partial<Record<IndexEvent, Next>>> = {
  in_progress: { poll: 'outcome-when-due', cancel: 'cancelled' },
  completed: {},
  failed: {},
  cancelled: {},
};

export function apply(state: IndexState, event: IndexEvent): IndexState {
  const next = TRANSITIONS[state.status][event];
  if (next === undefined) return state;
  if (next !== 'outcome-when-due') return { ...state, status: next };
  const stepsLeft = state.stepsLeft - 1;
  return { ...state, stepsLeft, status: stepsLeft > 0 ? state.status : state.outcome.status };
}

/** Bytes a completed file counts in `usage_bytes`: its text plus 1 KiB per chunk (a real 12-byte file showed 1036). */
export function usageBytes(text: string, chunks: readonly Chunk[]): number {
  return Buffer.byteLength(text, 'utf8') + 1024 * chunks.length;
}

export const DEFAULT_STUCK_POLLS = 3;

export function startIndexing(filename: string, content: Buffer, chunking: ChunkingParams, faults: FaultSet): IndexState {
  const stuck = faultCount(faults, 'vs-stuck-in-progress', DEFAULT_STUCK_POLLS);
  const stepsLeft = 1 + stuck;
  if (faults.has('vs-index-server-error')) {
    return { status: 'in_progress', stepsLeft, outcome: { status: 'failed', error: { code: 'server_error', message: 'An internal error occurred while processing the file.' } } };
  }
  const extraction = extractText(filename, content);
  if (!extraction.ok) return { status: 'in_progress', stepsLeft, outcome: { status: 'failed', error: extraction.error } };
  const chunks = chunkText(extraction.text, chunking);
  return { status: 'in_progress', stepsLeft, outcome: { status: 'completed', text: extraction.text, chunks, usageBytes: usageBytes(extraction.text, chunks) } };
}
