/**
 * The Conversations surface: create (with up to 20 items and metadata), retrieve, update
 * (metadata), delete; items create (up to 20 per call), list (cursor pagination, default order
 * desc), retrieve, delete (answers with the conversation, as the service does).
 */
import { badRequest } from '../errors.ts';
import { bodyObject, json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { metadataParam } from '../responses/params.ts';
import { normalizeItems } from './items.ts';
import { appendItems, conversations, getConversation, getItem, type StoredConversation } from './store.ts';

export const MAX_ITEMS_PER_CALL = 20;

const cid = (params: Record<string, string>): string => params['conversation_id'] ?? '';

export const conversationRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/conversations',
    handler: (req) => {
      const body = bodyObject(req);
      const metadata = metadataParam(body);
      const items = body['items'] === undefined || body['items'] === null ? [] : normalizeItems(body['items'], 'items', req.ns.ids, MAX_ITEMS_PER_CALL);
      const id = req.ns.ids.next('conv_', 48);
      const stored: StoredConversation = { conversation: { id, object: 'conversation', created_at: req.ns.clock.now(), metadata }, items: [] };
      appendItems(stored, items);
      conversations(req.ns).set(id, stored);
      return json(stored.conversation);
    },
  },
  { method: 'GET', pattern: '/conversations/:conversation_id', handler: (req) => json(getConversation(req.ns, cid(req.params)).conversation) },
  {
    method: 'POST',
    pattern: '/conversations/:conversation_id',
    handler: (req) => {
      const stored = getConversation(req.ns, cid(req.params));
      const body = bodyObject(req);
      if (body['metadata'] === undefined) throw badRequest("Missing required parameter: 'metadata'.", 'metadata', 'missing_required_parameter');
      stored.conversation = { ...stored.conversation, metadata: metadataParam(body) };
      return json(stored.conversation);
    },
  },
  {
    method: 'DELETE',
    pattern: '/conversations/:conversation_id',
    handler: (req) => {
      const id = cid(req.params);
      getConversation(req.ns, id);
      conversations(req.ns).delete(id);
      return json({ id, object: 'conversation.deleted', deleted: true });
    },
  },
  {
    method: 'POST',
    pattern: '/conversations/:conversation_id/items',
    handler: (req) => {
      const stored = getConversation(req.ns, cid(req.params));
      const body = bodyObject(req);
      if (body['items'] === undefined) throw badRequest("Missing required parameter: 'items'.", 'items', 'missing_required_parameter');
      const items = normalizeItems(body['items'], 'items', req.ns.ids, MAX_ITEMS_PER_CALL);
      appendItems(stored, items);
      return json({ object: 'list', data: items, first_id: items[0]?.id ?? null, last_id: items[items.length - 1]?.id ?? null, has_more: false });
    },
  },
  {
    method: 'GET',
    pattern: '/conversations/:conversation_id/items',
    handler: (req) => json(paginate(getConversation(req.ns, cid(req.params)).items, req.query, 'desc')),
  },
  {
    method: 'GET',
    pattern: '/conversations/:conversation_id/items/:item_id',
    handler: (req) => json(getItem(getConversation(req.ns, cid(req.params)), req.params['item_id'] ?? '')),
  },
  {
    method: 'DELETE',
    pattern: '/conversations/:conversation_id/items/:item_id',
    handler: (req) => {
      const stored = getConversation(req.ns, cid(req.params));
      const item = getItem(stored, req.params['item_id'] ?? '');
      stored.items = stored.items.filter((i) => i !== item);
      return json(stored.conversation);
    },
  },
];
