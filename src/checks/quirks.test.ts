import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asQuirk, fieldQuirk, QUIRK_LIST } from './quirks.ts';
import { violation } from './violation.ts';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/discoveries');

describe('quirks: the one documented list', () => {
  it('every quirk names rules and is documented in docs/discoveries, by id', () => {
    for (const q of QUIRK_LIST) {
      expect(q.rules.length).toBeGreaterThan(0);
      const file = path.join(docs, `${q.doc}.md`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(q.id);
    }
  });
  it('field quirks cover only their listed fields and rules', () => {
    expect(fieldQuirk('SHAPE_WRONG_TYPE', 'Response', 'user')).toBe('spec-non-nullable-sent-null');
    expect(fieldQuirk('SHAPE_MISSING_FIELD', 'Response', 'user')).toBeUndefined();
    expect(fieldQuirk('SHAPE_WRONG_TYPE', 'Response', 'model')).toBeUndefined();
  });
  it('a quirk downgrades to info and says so', () => {
    const v = asQuirk(violation('SHAPE_MISSING_FIELD', {}, undefined, 'expired_at', 'lacks expired_at'), 'run-step-expires-at');
    expect(v.severity).toBe('info');
    expect(v.message).toContain('run-step-expires-at');
  });
});
