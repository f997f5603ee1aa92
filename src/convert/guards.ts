/**
 * Small structural checks at the input boundary. Each throws a ConversionError naming the path;
 * nothing else in the converter looks at `unknown`.
 */
import { ConversionError } from './conversion-error.ts';

export type Obj = Record<string, unknown>;

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

export function obj(v: unknown, path: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ConversionError(path, `expected an object, got ${kind(v)}`);
  return v as Obj;
}

export function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new ConversionError(path, `expected an array, got ${kind(v)}`);
  return v;
}

export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new ConversionError(path, `expected a string, got ${kind(v)}`);
  return v;
}

export function optStr(v: unknown, path: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, path);
}

export function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ConversionError(path, `expected a finite number, got ${kind(v)}`);
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new ConversionError(path, `expected one of ${allowed.join(', ')}, got ${typeof v === 'string' ? JSON.stringify(v) : kind(v)}`);
  }
  return v as T;
}

/** Metadata: null/absent or a string→string map. */
export function metadata(v: unknown, path: string): Record<string, string> | null {
  if (v === undefined || v === null) return null;
  const o = obj(v, path);
  for (const [k, val] of Object.entries(o)) str(val, `${path}.${k}`);
  return o as Record<string, string>;
}
