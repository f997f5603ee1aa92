/**
 * `{type: 'item_reference', id}` input items: a stored item by id, from the context the
 * response starts from (chain or conversation) or from any stored response of the namespace.
 * The referenced item enters the input as it was stored; it is not appended to a conversation
 * again.
 */
import { ApiError } from '../errors.ts';
import type { Namespace } from '../store.ts';
import type { Item } from '../conversations/items.ts';
import { responses } from './store.ts';

export const isReference = (raw: unknown): raw is { type: 'item_reference'; id: unknown } =>
  raw !== null && typeof raw === 'object' && (raw as { type?: unknown }).type === 'item_reference';

export function resolveReference(ns: Namespace, raw: { id: unknown }, before: readonly Item[], param: string): Item {
  const id = typeof raw.id === 'string' ? raw.id : '';
  const found = before.find((i) => i.id === id) ?? [...responses(ns).values()].flatMap((r) => r.history).find((i) => i.id === id);
  if (!found) throw new ApiError(404, `Item with id '${id}' not found.`, 'invalid_request_error', param, null);
  return structuredClone(found);
}
