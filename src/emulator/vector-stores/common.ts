/** Helpers shared by the vector-store route modules. */
import type { EmuRequest } from '../http.ts';
import { getStore, type StoreRecord } from './store.ts';

/** The poll interval the emulator suggests (ms): small, because its clock is logical. */
export const POLL_AFTER_MS = 5;

/** `openai-poll-after-ms` for answers about objects still `in_progress` (the SDK's pollers honour it). */
export const pollAfter = (status: string): Record<string, string> | undefined => (status === 'in_progress' ? { 'openai-poll-after-ms': String(POLL_AFTER_MS) } : undefined);

export const storeParam = (req: EmuRequest): StoreRecord => getStore(req.ns, req.params['vector_store_id'] ?? '');
