import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { sampleRun } from '../testing/sample-run.ts';
import { compareProfiles } from './classify.ts';
import { buildProfile } from './profile.ts';

const seed = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789') });

describe('drift classification (properties)', () => {
  test.prop([seed, seed, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })])(
    'recordings of the same behaviour never drift beyond cosmetic, whatever the volatile values',
    (a, b, pollsA, pollsB) => {
      const pa = buildProfile('s', harToTraffic(sampleRun({ seed: a, polls: pollsA }), a));
      const pb = buildProfile('s', harToTraffic(sampleRun({ seed: b, polls: pollsB }), b));
      const changes = compareProfiles(pa, pb);
      expect(changes.filter((c) => c.class !== 'cosmetic')).toEqual([]);
      if (pollsA === pollsB) expect(changes).toEqual([]);
    },
  );
});
