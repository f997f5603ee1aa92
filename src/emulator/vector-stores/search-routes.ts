/**
 * `POST /vector_stores/{id}/search`: `query` (a string or strings), `max_num_results` (1..50,
 * default 10), `filters`, `ranking_options.score_threshold`, `rewrite_query` (accepted; the query
 * is not rewritten). One result per matching chunk, in the real page shape.
 */
import { badRequest, invalidType, missingParam } from '../errors.ts';
import { bodyObject, json } from '../http.ts';
import type { Route } from '../router.ts';
import { storeParam } from './common.ts';
import { parseFilter } from './filters.ts';
import { searchDetailed } from './search.ts';
import type { SearchResultsPage } from './types.ts';
import { isObject } from './validate.ts';

function queries(v: unknown): string[] {
  if (v === undefined) throw missingParam('query');
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((q) => typeof q === 'string')) return v as string[];
  throw invalidType('query', 'a string or an array of strings');
}

function maxResults(v: unknown): number {
  if (v === undefined) return 10;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidType('max_num_results', 'an integer');
  if (v < 1) throw badRequest(`Invalid 'max_num_results': integer below minimum value. Expected a value >= 1, but got ${v} instead.`, 'max_num_results', 'integer_below_min_value');
  if (v > 50) throw badRequest(`Invalid 'max_num_results': integer above maximum value. Expected a value <= 50, but got ${v} instead.`, 'max_num_results', 'integer_above_max_value');
  return v;
}

function threshold(v: unknown): number {
  if (v === undefined) return 0;
  if (!isObject(v)) throw invalidType('ranking_options', 'an object');
  const t = v['score_threshold'];
  if (t === undefined) return 0;
  if (typeof t !== 'number' || t < 0 || t > 1) throw badRequest(`Invalid 'ranking_options.score_threshold': expected a number between 0 and 1, but got ${JSON.stringify(t)} instead.`, 'ranking_options.score_threshold', 'invalid_value');
  return t;
}

export const searchRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/vector_stores/:vector_store_id/search',
    handler: (req) => {
      const store = storeParam(req);
      const body = bodyObject(req);
      const search_query = queries(body['query']);
      const options = {
        maxResults: maxResults(body['max_num_results']),
        scoreThreshold: threshold(body['ranking_options']),
        ...(body['filters'] === undefined || body['filters'] === null ? {} : { filter: parseFilter(body['filters']) }),
      };
      if (body['rewrite_query'] !== undefined && typeof body['rewrite_query'] !== 'boolean') throw invalidType('rewrite_query', 'a boolean');
      const hits = searchDetailed(req.ns, [store.id], search_query, options);
      const page: SearchResultsPage = {
        object: 'vector_store.search_results.page',
        search_query,
        data: hits.map((h) => ({ file_id: h.fileId, filename: h.filename, score: h.score, attributes: h.attributes, content: [{ type: 'text', text: h.text }] })),
        has_more: false,
        next_page: null,
      };
      return json(page);
    },
  },
];
