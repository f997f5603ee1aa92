import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { IdTable, normaliseValue } from './normalise.ts';

const id = fc.tuple(fc.constantFrom('run', 'thread', 'msg', 'resp', 'file'), fc.constantFrom('_', '-'), fc.stringMatching(/^[A-Za-z0-9]{8,24}$/).filter((s) => /\d/.test(s))).map(([p, sep, rest]) => `${p}${sep}${rest}`);
const body = fc.dictionary(fc.constantFrom('id', 'thread_id', 'created_at', 'status', 'text', 'model', 'usage', 'message', 'total_tokens'), fc.oneof(id, fc.integer(), fc.string(), fc.constant(null), id.map((i) => `No run found with id '${i}'.`)));

describe('normaliser (properties)', () => {
  test.prop([fc.array(body, { maxLength: 6 })])('is idempotent: normalising normalised traffic changes nothing', (bodies) => {
    const once = normaliseValue(bodies, '', new IdTable());
    expect(normaliseValue(once, '', new IdTable())).toEqual(once);
  });

  test.prop([fc.array(body, { maxLength: 6 }), fc.uniqueArray(id, { minLength: 1, maxLength: 5 })])('renaming every id consistently gives the same normalised value', (bodies, extra) => {
    const renamed = JSON.parse(JSON.stringify(bodies).replace(/(run|thread|msg|resp|file)([_-])([A-Za-z0-9]{8,24})/g, (_m, p: string, sep: string, rest: string) => `${p}${sep}${[...rest].reverse().join('')}X${extra.length}`)) as unknown;
    expect(normaliseValue(renamed, '', new IdTable())).toEqual(normaliseValue(bodies, '', new IdTable()));
  });
});
