/**
 * Stored conversations, per namespace: the conversation object and its items in order.
 * Responses made with `conversation` read the items as context and append their input and
 * output items here.
 */
import { ApiError } from '../errors.ts';
import type { Namespace } from '../store.ts';
import type { Item } from './items.ts';

export interface ConversationObject {
  id: string;
  object: 'conversation';
  created_at: number;
  metadata: Record<string, string>;
}

export interface StoredConversation {
  conversation: ConversationObject;
  items: Item[];
}

export const conversations = (ns: Namespace) => ns.collection<StoredConversation>('conversations');

export function getConversation(ns: Namespace, id: string): StoredConversation {
  const c = conversations(ns).get(id);
  if (!c) throw new ApiError(404, `Conversation with id '${id}' not found.`, 'invalid_request_error', null, null);
  return c;
}

export function getItem(c: StoredConversation, itemId: string): Item {
  const item = c.items.find((i) => i.id === itemId);
  if (!item) throw new ApiError(404, `Item with id '${itemId}' not found.`, 'invalid_request_error', null, null);
  return item;
}

/** Appends items, refusing ids the conversation already holds (the service's duplicate-id 400). */
export function assertNoDuplicates(c: StoredConversation, items: readonly Item[], param: string): void {
  const ids = new Set(c.items.map((i) => i.id));
  for (const item of items) {
    if (ids.has(item.id)) throw new ApiError(400, `Duplicate item found with id ${item.id}. Remove the duplicate item from your input and try again.`, 'invalid_request_error', param, null);
    ids.add(item.id);
  }
}

export function appendItems(c: StoredConversation, items: readonly Item[], param = 'items'): void {
  assertNoDuplicates(c, items, param);
  c.items.push(...items);
}
