/** `GET /models`, `GET /models/{model}`: the models the emulator answers as. */
import { notFound } from '../errors.ts';
import { json } from '../http.ts';
import type { Route } from '../router.ts';

export const EMULATED_MODELS = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-5', 'gpt-5-mini', 'o3-mini', 'o4-mini', 'gpt-oss-120b', 'gpt-oss-20b'] as const;

const model = (id: string) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'system' });

export const modelRoutes: Route[] = [
  { method: 'GET', pattern: '/models', handler: () => json({ object: 'list', data: EMULATED_MODELS.map(model) }) },
  {
    method: 'GET',
    pattern: '/models/:model',
    handler: (req) => {
      const id = req.params['model'] ?? '';
      if (!(EMULATED_MODELS as readonly string[]).includes(id)) throw notFound('model', id);
      return json(model(id));
    },
  },
];
