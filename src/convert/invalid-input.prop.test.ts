/**
 * Property: invalid input gives a typed ConversionError (with a path), never a crash. Valid
 * threads are corrupted at a random place (a field replaced by any JSON value, removed, or the
 * whole value swapped); the conversion either succeeds or throws ConversionError. Corrupting a
 * field the conversion needs always throws it. 3,000 cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadArb } from './arbitraries.ts';
import { ConversionError } from './conversion-error.ts';
import { convertThread } from './convert-thread.ts';

type Json = Record<string, unknown> | unknown[];

/** All paths to values inside a JSON tree. */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === 'object') {
    for (const [k, child] of Object.entries(v)) {
      const p = [...prefix, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      paths(child, p, out);
    }
  }
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(root) as Json;
  let cur: Json = copy;
  for (const k of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[k] as Json;
  const last = path.at(-1)!;
  if (remove && !Array.isArray(cur)) delete (cur as Record<string, unknown>)[last as string];
  else (cur as Record<string | number, unknown>)[last] = value;
  return copy;
}

/** Whether this replacement of a required field can no longer be a valid message. */
function mustFail(field: string, value: unknown, remove: boolean): boolean {
  if (remove) return true;
  if (field === 'role') return value !== 'user' && value !== 'assistant';
  if (field === 'type') return !['text', 'image_file', 'image_url', 'refusal'].includes(value as string);
  if (field === 'content') return !Array.isArray(value) || value.length > 0;
  return typeof value !== 'string';
}

const REQUIRED = /^(messages\.\d+\.(id|role|content)|messages\.\d+\.content\.\d+\.(type|text\.value|image_file\.file_id|image_url\.url|refusal))$/;

describe('invalid input', () => {
  it('never crashes: either converts or throws ConversionError', () => {
    fc.assert(
      fc.property(threadArb({ maxMessages: 6 }), fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (thread, pick, value, remove) => {
        const all = paths(thread);
        if (!all.length) return;
        const path = all[pick % all.length]!;
        const corrupted = setAt(thread, path, value, remove);
        let error: unknown = null;
        try {
          convertThread(corrupted);
        } catch (e) {
          error = e;
        }
        if (error !== null) {
          expect(error, `corrupted ${path.join('.')}`).toBeInstanceOf(ConversionError);
          expect((error as ConversionError).path.length).toBeGreaterThan(0);
        }
        if (REQUIRED.test(path.join('.')) && mustFail(String(path.at(-1)), value, remove)) expect(error, `corrupted ${path.join('.')}`).toBeInstanceOf(ConversionError);
      }),
      { numRuns: 3_000 },
    );
  });

  it('rejects any non-thread top-level value with a ConversionError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        if (Array.isArray(v) && v.length === 0) return;
        if (v && typeof v === 'object' && !Array.isArray(v) && ('messages' in v || (v as { object?: unknown }).object === 'list')) return;
        expect(() => convertThread(v)).toThrow(ConversionError);
      }),
      { numRuns: 1_000 },
    );
  });
});
