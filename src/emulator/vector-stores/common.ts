/** Helpers shared by the vector-store route modules. */
import type { EmuRequest } from '../http.ts';
import { faultCount, VS_FAULT } from './fault-names.ts';
import { getStore, type StoreRecord } from './store.ts';

/** The poll interval the emulator suggests (ms): small, because its clock is logical. */
export const POLL_AFTER_MS = 5;

/**
 * `openai-poll-after-ms` for answers about objects still `in_progress` (the SDK's pollers honour
 * it): 5 ms, or N with the switch `vs-poll-after-ms=N` (to measure which interval a client follows).
 */
export function pollAfter(req: EmuRequest, status: string): Record<string, string> | undefined {
  if (status !== 'in_progress') return undefined;
  const custom = faultCount(req.faults, VS_FAULT.pollAfter, POLL_AFTER_MS);
  return { 'openai-poll-after-ms': String(custom || POLL_AFTER_MS) };
}

export const storeParam = (req: EmuRequest): StoreRecord => getStore(req.ns, req.params['vector_store_id'] ?? '');
