/** `/assistants`: create, list, retrieve, update (POST), delete. */
import { json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { assistants, createAssistant, getAssistant, updateAssistant } from './assistant.ts';
import { requireObject } from './validate.ts';

const id = (p: Record<string, string>) => p['assistant_id'] ?? '';

export const assistantRoutes: Route[] = [
  { method: 'POST', pattern: '/assistants', handler: (req) => json(createAssistant(req, requireObject(req.body))) },
  { method: 'GET', pattern: '/assistants', handler: (req) => json(paginate([...assistants(req.ns).values()], req.query)) },
  { method: 'GET', pattern: '/assistants/:assistant_id', handler: (req) => json(getAssistant(req.ns, id(req.params))) },
  { method: 'POST', pattern: '/assistants/:assistant_id', handler: (req) => json(updateAssistant(req, id(req.params), requireObject(req.body))) },
  {
    method: 'DELETE',
    pattern: '/assistants/:assistant_id',
    handler: (req) => {
      const a = getAssistant(req.ns, id(req.params));
      assistants(req.ns).delete(a.id);
      return json({ id: a.id, object: 'assistant.deleted', deleted: true });
    },
  },
];
