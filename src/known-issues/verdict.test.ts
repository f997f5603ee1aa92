import { describe, expect, it } from 'vitest';
import { findFacet } from './catalogue/index.ts';
import { judge, VERDICT_TABLE } from './verdict.ts';

describe('verdict model', () => {
  const incomplete = findFacet('KI-02.incomplete')!.facet;
  it('a symptom where expected reproduces; gone where expected is drift, not a failure', () => {
    expect(judge(incomplete, '4.91.0', true)).toMatchObject({ verdict: 'reproduces', drift: false, regression: false });
    expect(judge(incomplete, '4.91.0', false)).toMatchObject({ verdict: 'no-longer-reproduces', drift: true, regression: false });
  });
  it('a symptom back after the fix is a regression', () => {
    expect(judge(incomplete, '6.16.0', true)).toMatchObject({ verdict: 'reproduces', drift: true, regression: true });
    expect(judge(incomplete, '6.16.0', false)).toMatchObject({ verdict: 'fixed', drift: false, regression: false });
  });
  it('versions the notes do not cover are unknown and never drift', () => {
    const lr01 = findFacet('LR-01.last-event-unterminated')!.facet;
    expect(judge(lr01, '7.30.0', true)).toMatchObject({ expected: 'unknown', verdict: 'reproduces', drift: false });
  });
  it('only a symptom where a fix is expected fails', () => {
    const failing = Object.entries(VERDICT_TABLE).flatMap(([k, v]) => [v.shown, v.absent].filter((o) => o.regression).map(() => k));
    expect(failing).toEqual(['fixed']);
  });
});
