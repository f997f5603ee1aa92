/**
 * No false alarms: every check over every real recording in ../shared/corpus yields no
 * error-severity violation. Allowances are the documented quirks (src/checks/quirks.ts), which
 * report as `info`.
 */
import { describe, expect, it } from 'vitest';
import { listNormalized, normalizedToTraffic, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import { ALL_CHECKS, runChecks } from './index.ts';
import { formatWhere } from './violation.ts';

describe.skipIf(!SHARED_CORPUS_PRESENT)(`checks over the real corpus ${SHARED_CORPUS_PRESENT ? '' : SHARED_SKIP_REASON}`, () => {
  const recordings = SHARED_CORPUS_PRESENT ? listNormalized() : [];
  it('reads the corpus', () => expect(recordings.length).toBeGreaterThan(250));
  for (const check of ALL_CHECKS) {
    it(`${check.id}: zero error-severity violations on ${recordings.length} recordings`, () => {
      const errors = recordings.flatMap((r) => runChecks(normalizedToTraffic(r), [check]).filter((v) => v.severity === 'error'));
      expect(errors.slice(0, 10).map((v) => `${v.rule} ${formatWhere(v.where)}: ${v.message}`)).toEqual([]);
    });
  }
  it('the streams in the corpus are really checked (streams exist for both APIs)', () => {
    const streams = recordings.flatMap((r) => normalizedToTraffic(r).exchanges.filter((e) => e.sse));
    expect(streams.filter((e) => e.path.includes('/threads')).length).toBeGreaterThan(10);
    expect(streams.filter((e) => e.path.includes('/responses')).length).toBeGreaterThan(40);
  });
});
