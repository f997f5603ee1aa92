/** The Responses surface: create, retrieve, delete, cancel, input_items. */
import { json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { advance, cancel } from './background.ts';
import { createResponse } from './create.ts';
import { responseObject } from './object.ts';
import { getResponse, responses } from './store.ts';

const id = (params: Record<string, string>): string => params['response_id'] ?? '';

export const responseRoutes: Route[] = [
  { method: 'POST', pattern: '/responses', handler: createResponse },
  {
    method: 'GET',
    pattern: '/responses/:response_id',
    handler: (req) => {
      const stored = getResponse(req.ns, id(req.params));
      advance(stored, req.ns.clock);
      return json(responseObject(stored.params, stored.state));
    },
  },
  {
    method: 'DELETE',
    pattern: '/responses/:response_id',
    handler: (req) => {
      const rid = id(req.params);
      getResponse(req.ns, rid);
      responses(req.ns).delete(rid);
      return json({ id: rid, object: 'response.deleted', deleted: true });
    },
  },
  {
    method: 'POST',
    pattern: '/responses/:response_id/cancel',
    handler: (req) => {
      const stored = getResponse(req.ns, id(req.params));
      cancel(stored);
      return json(responseObject(stored.params, stored.state));
    },
  },
  {
    method: 'GET',
    pattern: '/responses/:response_id/input_items',
    handler: (req) => json(paginate(getResponse(req.ns, id(req.params)).inputItems, req.query, 'desc')),
  },
];
