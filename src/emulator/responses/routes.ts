/** The Responses surface: create, retrieve (and resume a background stream), delete, cancel, input_items, input_tokens. */
import { badRequest } from '../errors.ts';
import { json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { advance, cancel, resume } from './background.ts';
import { createResponse } from './create.ts';
import { countInputTokens } from './input-tokens.ts';
import { responseObject } from './object.ts';
import { getResponse, responses } from './store.ts';

const id = (params: Record<string, string>): string => params['response_id'] ?? '';

function startingAfter(query: URLSearchParams): number {
  const raw = query.get('starting_after');
  if (raw === null) return -1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`Invalid 'starting_after': expected a non-negative integer, but got ${raw} instead.`, 'starting_after', 'invalid_value');
  return n;
}

export const responseRoutes: Route[] = [
  { method: 'POST', pattern: '/responses', handler: createResponse },
  { method: 'POST', pattern: '/responses/input_tokens', handler: countInputTokens },
  {
    method: 'GET',
    pattern: '/responses/:response_id',
    handler: (req) => {
      const stored = getResponse(req.ns, id(req.params));
      if (req.query.get('stream') === 'true') return { kind: 'sse', frames: resume(stored, req.ns.clock, startingAfter(req.query)) };
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
