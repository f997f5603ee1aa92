/**
 * Message attachments with the file_search tool go into the thread's own vector store, which the
 * service creates on first use (expiring 7 days after last activity) and lists in the thread's
 * `tool_resources.file_search.vector_store_ids`. Files without a retrieval extension get the
 * service's 400 `unsupported_file` before anything is stored.
 */
import type { Namespace } from '../store.ts';
import { attachAll, checkAttachable } from '../vector-stores/attach.ts';
import { AUTO_CHUNKING } from '../vector-stores/chunk.ts';
import { createStore, stores } from '../vector-stores/store.ts';
import type { MessageInput } from './message.ts';
import type { ThreadRecord } from './thread.ts';

const searchable = (messages: readonly MessageInput[]): string[] =>
  messages.flatMap((m) => m.attachments.filter((a) => a.tools.some((t) => t.type === 'file_search')).map((a) => a.file_id));

/** Throws before any state changes when an attachment cannot be indexed. */
export function checkSearchAttachments(ns: Namespace, messages: readonly MessageInput[], param = 'attachments'): void {
  const ids = searchable(messages);
  if (ids.length) checkAttachable(ns, ids, param);
}

export function indexSearchAttachments(ns: Namespace, thread: ThreadRecord, messages: readonly MessageInput[], faults: ReadonlySet<string>): void {
  const ids = searchable(messages);
  if (ids.length === 0) return;
  const existing = thread.object.tool_resources.file_search?.vector_store_ids[0];
  const store = (existing ? stores(ns).get(existing) : undefined) ?? createStore(ns, { name: null, description: null, metadata: {}, expiresAfter: { anchor: 'last_active_at', days: 7 } });
  attachAll(ns, store, ids.map((fileId) => ({ fileId, chunking: AUTO_CHUNKING, attributes: {} })), null, faults, 'attachments');
  thread.object = { ...thread.object, tool_resources: { ...thread.object.tool_resources, file_search: { vector_store_ids: [store.id] } } };
}
