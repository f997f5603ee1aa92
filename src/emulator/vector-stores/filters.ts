/**
 * Attribute filters of file_search (spec ComparisonFilter / CompoundFilter): `eq ne gt gte lt lte
 * in nin` on one attribute key, combined with `and` / `or`. The operators are a table. A filter is
 * parsed once (parseFilter throws the 400) and then evaluated per file.
 */
import { badRequest, invalidType, missingParam } from '../errors.ts';
import type { Attributes } from './types.ts';
import { isObject } from './validate.ts';

type Scalar = string | number | boolean;
export type Filter = { type: ComparisonOp; key: string; value: Scalar | (string | number)[] } | { type: 'and' | 'or'; filters: Filter[] };
type ComparisonOp = keyof typeof COMPARE;

const ordered = (f: (a: number | string, b: number | string) => boolean) => (a: Scalar | undefined, b: unknown) =>
  a !== undefined && typeof a !== 'boolean' && typeof a === typeof b && f(a, b as number | string);

const COMPARE = {
  eq: (a: Scalar | undefined, b: unknown) => a === b,
  ne: (a: Scalar | undefined, b: unknown) => a !== b,
  gt: ordered((a, b) => a > b),
  gte: ordered((a, b) => a >= b),
  lt: ordered((a, b) => a < b),
  lte: ordered((a, b) => a <= b),
  in: (a: Scalar | undefined, b: unknown) => Array.isArray(b) && a !== undefined && b.includes(a),
  nin: (a: Scalar | undefined, b: unknown) => Array.isArray(b) && (a === undefined || !b.includes(a)),
} as const;

export function parseFilter(v: unknown, param = 'filters'): Filter {
  if (!isObject(v)) throw invalidType(param, 'an object');
  const type = v['type'];
  if (type === 'and' || type === 'or') {
    const filters = v['filters'];
    if (!Array.isArray(filters)) throw filters === undefined ? missingParam(`${param}.filters`) : invalidType(`${param}.filters`, 'an array');
    return { type, filters: filters.map((f, i) => parseFilter(f, `${param}.filters[${i}]`)) };
  }
  if (typeof type !== 'string' || !(type in COMPARE)) {
    throw badRequest(`Invalid value: '${String(type)}'. Supported values are: ${[...Object.keys(COMPARE), 'and', 'or'].map((k) => `'${k}'`).join(', ')}.`, `${param}.type`, 'invalid_value');
  }
  const key = v['key'];
  if (typeof key !== 'string') throw key === undefined ? missingParam(`${param}.key`) : invalidType(`${param}.key`, 'a string');
  const value = v['value'];
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  const okValue = scalar(value) || (Array.isArray(value) && value.every((x) => typeof x === 'string' || typeof x === 'number'));
  if (!okValue) throw value === undefined ? missingParam(`${param}.value`) : invalidType(`${param}.value`, 'a string, number, boolean, or array');
  return { type: type as ComparisonOp, key, value: value as Scalar | (string | number)[] };
}

export function matches(filter: Filter, attrs: Attributes): boolean {
  if ('filters' in filter) return filter.type === 'and' ? filter.filters.every((f) => matches(f, attrs)) : filter.filters.some((f) => matches(f, attrs));
  return COMPARE[filter.type](attrs[filter.key], filter.value);
}
