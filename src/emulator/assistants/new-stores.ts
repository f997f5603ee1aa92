/**
 * The `tool_resources.file_search.vector_stores` helper of assistants and threads: create a vector
 * store with these files and attach it. Validated with the rest of the body (files must exist and
 * be searchable) and created only when the request is otherwise valid.
 */
import { badRequest } from '../errors.ts';
import type { Namespace } from '../store.ts';
import { attachAll, checkAttachable } from '../vector-stores/attach.ts';
import type { ChunkingParams } from '../vector-stores/chunk.ts';
import { createStore } from '../vector-stores/store.ts';
import { chunking } from '../vector-stores/validate.ts';
import type { ToolResources } from './tools.ts';
import { arrayMax, isObject, metadata, wrongType } from './validate.ts';

export interface NewStore {
  fileIds: string[];
  chunking: ChunkingParams;
  metadata: Record<string, string>;
}

export function parseNewStores(ns: Namespace, toolResources: unknown, param = 'tool_resources'): NewStore[] {
  if (!isObject(toolResources) || !isObject(toolResources['file_search'])) return [];
  const fs = toolResources['file_search'];
  const p = `${param}.file_search.vector_stores`;
  if (fs['vector_stores'] === undefined || fs['vector_stores'] === null) return [];
  const list = arrayMax(p, fs['vector_stores'], 1);
  const ids = Array.isArray(fs['vector_store_ids']) ? fs['vector_store_ids'] : [];
  if (ids.length + list.length > 1) throw badRequest(`Invalid '${param}.file_search': a thread or assistant can have at most 1 vector store attached.`, `${param}.file_search`, 'invalid_value');
  return list.map((s, i) => {
    if (!isObject(s)) throw wrongType(`${p}[${i}]`, 'an object', s);
    const fileIds = arrayMax(`${p}[${i}].file_ids`, s['file_ids'] ?? [], 10_000).map((f, j) => {
      if (typeof f !== 'string') throw wrongType(`${p}[${i}].file_ids[${j}]`, 'a string', f);
      return f;
    });
    checkAttachable(ns, fileIds, `${p}[${i}].file_ids`);
    return { fileIds, chunking: chunking(s['chunking_strategy'], `${p}[${i}].chunking_strategy`), metadata: metadata(s['metadata'], `${p}[${i}].metadata`) };
  });
}

/** Creates the stores and returns tool_resources with their ids in file_search. */
export function createNewStores(ns: Namespace, resources: ToolResources, list: readonly NewStore[], faults: ReadonlySet<string>): ToolResources {
  if (list.length === 0) return resources;
  const ids = list.map((s) => {
    const store = createStore(ns, { name: null, description: null, metadata: s.metadata, expiresAfter: null });
    attachAll(ns, store, s.fileIds.map((fileId) => ({ fileId, chunking: s.chunking, attributes: {} })), null, faults, 'file_ids');
    return store.id;
  });
  return { ...resources, file_search: { vector_store_ids: [...(resources.file_search?.vector_store_ids ?? []), ...ids] } };
}
