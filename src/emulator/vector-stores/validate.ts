/**
 * Request-body checks for the Vector Stores API, with the service's error wording
 * ("Invalid type for 'x': expected …", "Invalid 'x': string too long. …", spec limits: metadata 16
 * pairs of 64/512 characters, attributes the same with number and boolean values, static chunking
 * 100..4096 tokens with an overlap of at most half, expires_after 1..365 days from last_active_at).
 */
import { ApiError, badRequest, invalidType, missingParam } from '../errors.ts';
import { AUTO_CHUNKING, type ChunkingParams } from './chunk.ts';
import type { Attributes, ExpiresAfter, Metadata } from './types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const tooLong = (param: string, max: number, got: number) =>
  badRequest(`Invalid '${param}': string too long. Expected a string with maximum length ${max}, but got a string with length ${got} instead.`, param, 'string_above_max_length');

function checkPairs(value: Record<string, unknown>, param: string): void {
  const keys = Object.keys(value);
  if (keys.length > 16) throw badRequest(`Invalid '${param}': too many properties. Expected an object with at most 16 properties, but got an object with ${keys.length} properties instead.`, param, 'object_above_max_properties');
  for (const k of keys) if (k.length > 64) throw tooLong(`${param}.${k}`, 64, k.length);
}

export function metadata(v: unknown, param = 'metadata'): Metadata {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw invalidType(param, 'an object');
  checkPairs(v, param);
  const out: Metadata = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== 'string') throw invalidType(`${param}.${k}`, 'a string');
    if (val.length > 512) throw tooLong(`${param}.${k}`, 512, val.length);
    out[k] = val;
  }
  return out;
}

export function attributes(v: unknown, param = 'attributes'): Attributes {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw invalidType(param, 'an object');
  checkPairs(v, param);
  const out: Attributes = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val === 'string') {
      if (val.length > 512) throw tooLong(`${param}.${k}`, 512, val.length);
    } else if (!(typeof val === 'boolean' || (typeof val === 'number' && Number.isFinite(val)))) {
      throw invalidType(`${param}.${k}`, 'a string, number, or boolean');
    }
    out[k] = val as string | number | boolean;
  }
  return out;
}

export function optionalString(v: unknown, param: string): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v !== 'string') throw invalidType(param, 'a string');
  return v;
}

export function chunking(v: unknown, param = 'chunking_strategy'): ChunkingParams {
  if (v === undefined || v === null) return AUTO_CHUNKING;
  if (!isObject(v)) throw invalidType(param, 'an object');
  if (v['type'] === 'auto') return AUTO_CHUNKING;
  if (v['type'] !== 'static') throw badRequest(`Invalid value: '${String(v['type'])}'. Supported values are: 'auto' and 'static'.`, `${param}.type`, 'invalid_value');
  const s = v['static'];
  if (!isObject(s)) throw missingParam(`${param}.static`);
  const max = s['max_chunk_size_tokens'];
  const overlap = s['chunk_overlap_tokens'];
  if (typeof max !== 'number' || !Number.isInteger(max)) throw invalidType(`${param}.static.max_chunk_size_tokens`, 'an integer');
  if (typeof overlap !== 'number' || !Number.isInteger(overlap)) throw invalidType(`${param}.static.chunk_overlap_tokens`, 'an integer');
  if (max < 100) throw badRequest(`Invalid '${param}.static.max_chunk_size_tokens': integer below minimum value. Expected a value >= 100, but got ${max} instead.`, `${param}.static.max_chunk_size_tokens`, 'integer_below_min_value');
  if (max > 4096) throw badRequest(`Invalid '${param}.static.max_chunk_size_tokens': integer above maximum value. Expected a value <= 4096, but got ${max} instead.`, `${param}.static.max_chunk_size_tokens`, 'integer_above_max_value');
  if (overlap < 0) throw badRequest(`Invalid '${param}.static.chunk_overlap_tokens': integer below minimum value. Expected a value >= 0, but got ${overlap} instead.`, `${param}.static.chunk_overlap_tokens`, 'integer_below_min_value');
  if (overlap > max / 2) throw new ApiError(400, `Invalid '${param}.static.chunk_overlap_tokens': must not exceed half of max_chunk_size_tokens (${max}).`, 'invalid_request_error', `${param}.static.chunk_overlap_tokens`, 'invalid_value');
  return { maxTokens: max, overlapTokens: overlap };
}

export function expiresAfter(v: unknown, param = 'expires_after'): ExpiresAfter | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) throw invalidType(param, 'an object');
  if (v['anchor'] !== 'last_active_at') throw badRequest(`Invalid value: '${String(v['anchor'])}'. Supported values are: 'last_active_at'.`, `${param}.anchor`, 'invalid_value');
  const days = v['days'];
  if (typeof days !== 'number' || !Number.isInteger(days)) throw invalidType(`${param}.days`, 'an integer');
  if (days < 1) throw badRequest(`Invalid '${param}.days': integer below minimum value. Expected a value >= 1, but got ${days} instead.`, `${param}.days`, 'integer_below_min_value');
  if (days > 365) throw badRequest(`Invalid '${param}.days': integer above maximum value. Expected a value <= 365, but got ${days} instead.`, `${param}.days`, 'integer_above_max_value');
  return { anchor: 'last_active_at', days };
}

export function stringArray(v: unknown, param: string, maxItems: number): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw invalidType(param, 'an array');
  if (v.length > maxItems) throw badRequest(`Invalid '${param}': array too long. Expected an array with maximum length ${maxItems}, but got an array with length ${v.length} instead.`, param, 'array_above_max_length');
  return v.map((x, i) => {
    if (typeof x !== 'string') throw invalidType(`${param}[${i}]`, 'a string');
    return x;
  });
}

export { isObject };
