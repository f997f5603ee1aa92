/**
 * Request validation for the Assistants surface (assistants, threads, messages, runs), with the
 * service's own wording: `Invalid type for 'x': expected a string, but got an integer instead.`,
 * `Invalid 'x': string too long. …`, `Unknown parameter: 'x'.`. Each helper throws ApiError.
 */
import { badRequest, missingParam } from '../errors.ts';
import type { ApiError } from '../errors.ts';

export type Json = Record<string, unknown>;

/** `a string`, `an integer`, … as the service names JSON types in its messages. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a boolean';
  return 'an object';
}

export const wrongType = (param: string, expected: string, got: unknown): ApiError =>
  badRequest(`Invalid type for '${param}': expected ${expected}, but got ${typeName(got)} instead.`, param, 'invalid_type');

/** The body as an object; anything else (array, string, null) is the service's type error. */
export function requireObject(body: unknown): Json {
  if (body === null || body === undefined) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw badRequest(`Invalid type for body: expected an object, but got ${typeName(body)} instead.`, null, 'invalid_type');
  return body as Json;
}

export function rejectUnknown(body: Json, allowed: ReadonlySet<string>, prefix = ''): void {
  for (const k of Object.keys(body)) if (!allowed.has(k)) throw badRequest(`Unknown parameter: '${prefix}${k}'.`, `${prefix}${k}`, 'unknown_parameter');
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function optString(body: Json, key: string, opts: { max?: number; nullable?: boolean; param?: string } = {}): string | null | undefined {
  const v = body[key];
  const param = opts.param ?? key;
  if (v === undefined) return undefined;
  if (v === null && opts.nullable !== false) return null;
  if (typeof v !== 'string') throw wrongType(param, 'a string', v);
  if (opts.max !== undefined && v.length > opts.max) {
    throw badRequest(`Invalid '${param}': string too long. Expected a string with maximum length ${opts.max}, but got a string with length ${v.length} instead.`, param, 'string_above_max_length');
  }
  return v;
}

export function reqString(body: Json, key: string, param = key): string {
  const v = body[key];
  if (v === undefined || v === null) throw missingParam(param);
  if (typeof v !== 'string') throw wrongType(param, 'a string', v);
  return v;
}

export function optNumber(body: Json, key: string, min: number, max: number, param = key): number | null | undefined {
  const v = body[key];
  if (v === undefined || v === null) return v as null | undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw wrongType(param, 'a number', v);
  if (v < min) throw badRequest(`Invalid '${param}': decimal below minimum value. Expected a value >= ${min}, but got ${v} instead.`, param, 'decimal_below_min_value');
  if (v > max) throw badRequest(`Invalid '${param}': decimal above maximum value. Expected a value <= ${max}, but got ${v} instead.`, param, 'decimal_above_max_value');
  return v;
}

export function optInteger(body: Json, key: string, min: number, param = key): number | null | undefined {
  const v = body[key];
  if (v === undefined || v === null) return v as null | undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw wrongType(param, 'an integer', v);
  if (v < min) throw badRequest(`Invalid '${param}': integer below minimum value. Expected a value >= ${min}, but got ${v} instead.`, param, 'integer_below_min_value');
  return v;
}

export function optBoolean(body: Json, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw wrongType(key, 'a boolean', v);
  return v;
}

export function arrayMax(param: string, v: unknown, max: number): unknown[] {
  if (!Array.isArray(v)) throw wrongType(param, 'an array', v);
  if (v.length > max) throw badRequest(`Invalid '${param}': array too long. Expected an array with maximum length ${max}, but got an array with length ${v.length} instead.`, param, 'array_above_max_length');
  return v;
}

export function enumValue<T extends string>(param: string, v: unknown, values: readonly T[]): T {
  if (typeof v !== 'string') throw wrongType(param, 'a string', v);
  if (!(values as readonly string[]).includes(v)) {
    const list = values.map((x) => `'${x}'`);
    const text = list.length > 1 ? `${list.slice(0, -1).join(', ')}${list.length > 2 ? ',' : ''} and ${list[list.length - 1]}` : list.join('');
    throw badRequest(`Invalid value: '${v}'. Supported values are: ${text}.`, param, 'invalid_value');
  }
  return v as T;
}

/** Metadata: up to 16 pairs, keys up to 64 characters, string values up to 512 characters. */
export function metadata(v: unknown, param = 'metadata'): Record<string, string> {
  if (v === null || v === undefined) return {};
  if (!isObject(v)) throw wrongType(param, 'an object', v);
  const keys = Object.keys(v);
  if (keys.length > 16) {
    throw badRequest(`Invalid '${param}': too many properties. Expected an object with at most 16 properties, but got an object with ${keys.length} properties instead.`, param, 'object_above_max_properties');
  }
  const out: Record<string, string> = {};
  for (const k of keys) {
    const value = v[k];
    if (k.length > 64) {
      throw badRequest(`Invalid property name in '${param}': '${k}' is too long. Expected a string with maximum length 64, but got a string with length ${k.length} instead.`, `${param}.${k}`, 'property_name_above_max_length');
    }
    if (typeof value !== 'string') throw wrongType(`${param}.${k}`, 'a string', value);
    if (value.length > 512) {
      throw badRequest(`Invalid '${param}.${k}': string too long. Expected a string with maximum length 512, but got a string with length ${value.length} instead.`, `${param}.${k}`, 'string_above_max_length');
    }
    out[k] = value;
  }
  return out;
}
