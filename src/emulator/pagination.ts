/**
 * Cursor pagination as the service does it: `limit` (1..100, default 20), `order` (asc|desc,
 * default desc by creation), `after` / `before` cursors by id; the envelope carries
 * `first_id`, `last_id`, `has_more`.
 */
import { badRequest } from './errors.ts';

export interface Page<T> {
  object: 'list';
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

export function paginate<T extends { id: string }>(items: readonly T[], query: URLSearchParams, defaultOrder: 'asc' | 'desc' = 'desc'): Page<T> {
  const limitText = query.get('limit');
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw badRequest(`Invalid 'limit': integer below minimum value. Expected a value >= 1 and <= 100, but got ${limitText} instead.`, 'limit', 'integer_below_min_value');
  }
  const order = query.get('order') ?? defaultOrder;
  if (order !== 'asc' && order !== 'desc') {
    throw badRequest(`Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`, 'order', 'invalid_value');
  }
  let list = order === 'asc' ? [...items] : [...items].reverse();
  const after = query.get('after');
  const before = query.get('before');
  if (after) {
    const i = list.findIndex((x) => x.id === after);
    list = i === -1 ? [] : list.slice(i + 1);
  }
  if (before) {
    const i = list.findIndex((x) => x.id === before);
    list = i === -1 ? [] : list.slice(0, i);
    if (list.length > limit) list = list.slice(list.length - limit);
  }
  const data = list.slice(0, limit);
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data[data.length - 1]?.id ?? null,
    has_more: list.length > data.length,
  };
}
