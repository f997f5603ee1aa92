/**
 * The verdict model as a table: (what the catalogue expects for this version) × (did the symptom
 * show) → verdict, drift, regression. Drift means the catalogue and the observation disagree in
 * a way a reader must see ("no longer reproduces", a claim now confirmed); regression means a
 * symptom is back where the catalogue names a fix — the only case that fails a scenario.
 */
import { inRange } from './semver.ts';
import type { Facet, RangeExpectation, Verdict } from './types.ts';

export type Expected = RangeExpectation['verdict'] | 'unknown';

interface Outcome {
  verdict: Verdict;
  drift: boolean;
  regression: boolean;
}

export const VERDICT_TABLE: Record<Expected, { shown: Outcome; absent: Outcome }> = {
  reproduces: { shown: { verdict: 'reproduces', drift: false, regression: false }, absent: { verdict: 'no-longer-reproduces', drift: true, regression: false } },
  fixed: { shown: { verdict: 'reproduces', drift: true, regression: true }, absent: { verdict: 'fixed', drift: false, regression: false } },
  'not-reproduced': { shown: { verdict: 'reproduces', drift: true, regression: false }, absent: { verdict: 'not-reproduced', drift: false, regression: false } },
  'not-applicable': { shown: { verdict: 'reproduces', drift: true, regression: false }, absent: { verdict: 'not-applicable', drift: false, regression: false } },
  unknown: { shown: { verdict: 'reproduces', drift: false, regression: false }, absent: { verdict: 'not-reproduced', drift: false, regression: false } },
};

export function expectationFor(facet: Facet, version: string): RangeExpectation | undefined {
  return facet.expectations.find((e) => inRange(version, e.range));
}

export function judge(facet: Facet, version: string, reproduced: boolean): Outcome & { expected: Expected; expectation: RangeExpectation | undefined } {
  const expectation = expectationFor(facet, version);
  const expected: Expected = expectation?.verdict ?? 'unknown';
  return { ...VERDICT_TABLE[expected][reproduced ? 'shown' : 'absent'], expected, expectation };
}
