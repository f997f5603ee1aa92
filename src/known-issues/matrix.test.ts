import { describe, expect, it } from 'vitest';
import { FAULTS } from '../emulator/faults.ts';
import { CATALOGUE, findFacet } from './catalogue/index.ts';
import { buildMatrix, cellVerdict } from './matrix.ts';
import { ALL_SDKS, matrixSdks } from './matrix-sdks.ts';
import { compareVersions, inRange } from './semver.ts';

const R = 'reproduces';
const F = 'fixed';
const NA = 'not-applicable';
const NR = 'not-reproduced';
const VERSIONS = ['4.52.4', '4.58.0', '4.91.0', '5.1.0', '5.1.1', '5.10.3', '6.16.0', '7.5.0', '7.6.0', '7.57.0'];

/**
 * The version ranges of ../shared/notes/known-issues.md and landscape.md (plus the observed cells
 * recorded in docs/discoveries/known-issues.md), written out per installed version by hand.
 */
const FROM_THE_NOTES: Record<string, string[]> = {
  'KI-02.incomplete': [R, R, R, R, F, F, F, F, F, F],
  'KI-02.no-terminal-event': [R, R, R, R, R, R, R, R, R, R],
  'KI-02.polling-window': [NR, NR, NR, NR, NR, NR, NR, NR, NR, NR],
  'KI-05.array-argument': [R, R, R, R, R, R, R, R, R, R],
  'KI-09.per-upload-leak': [NR, NR, NR, NR, NR, NR, NR, NR, NR, NR],
  'LR-01.last-event-unterminated': [R, R, R, R, R, R, R, R, R, F],
  'LR-01.responses-final-event': [NA, NA, R, R, R, R, R, R, R, F],
  'LR-02.flat-error-frame': [NA, NA, NA, NA, NA, R, R, R, F, F],
  'LR-04.options-dropped': [R, R, R, R, R, R, R, F, F, F],
  'LR-05.unknown-status': [R, R, R, R, R, R, R, R, R, R],
  'LR-06.no-output-text': [NA, NA, R, R, R, R, R, F, F, F],
  'SN-01.beta-vector-stores': [NA, NA, R, R, R, R, R, R, R, R],
  'SN-02.cancel-v4-signature': [NA, NA, NA, R, R, R, R, R, R, R],
  'SN-03.files-delete-v4-order': [R, R, R, R, R, R, R, R, R, R],
  'SN-04.file-batches-list': [R, R, R, R, R, R, R, R, R, R],
};

describe('the catalogue against the matrix logic', () => {
  const sdks = VERSIONS.map((v) => ({ name: `openai-v${v}`, version: v }));
  const rows = buildMatrix(sdks);
  for (const [facet, expected] of Object.entries(FROM_THE_NOTES)) {
    it(`${facet} matches the notes per version`, () => {
      const row = rows.find((r) => r.facet === facet);
      expect(row, facet).toBeDefined();
      expect(row!.cells.map(cellVerdict)).toEqual(expected);
    });
  }
  it('the exact error of KI-05 differs by version as the notes say', () => {
    const { facet } = findFacet('KI-05.array-argument')!;
    expect(facet.expectations.find((e) => inRange('4.52.4', e.range))?.error?.class).toBe('TypeError');
    expect(facet.expectations.find((e) => inRange('6.16.0', e.range))?.error?.message).toMatch(/^No `files` provided/);
  });
  it('LR-02 names 7.6.0 as the fix and 7.5.0 with its own text', () => {
    const { issue, facet } = findFacet('LR-02.flat-error-frame')!;
    expect(issue.fixedIn).toBe('7.6.0');
    expect(facet.expectations.find((e) => inRange('7.5.0', e.range))?.error?.message).toMatch(/^Encountered an error event/);
  });
  it('service-side issues expect the same verdict for every version (the SDK forwards)', () => {
    for (const r of rows.filter((x) => x.side === 'service')) expect(new Set(r.cells.map(cellVerdict)).size, r.facet).toBe(1);
  });
  it('prefers an observation over the expectation', () => {
    const m = buildMatrix([{ name: 'openai', version: '7.57.0' }], [{ facet: 'KI-02.incomplete', issue: 'KI-02', sdk: '7.57.0', reproduced: true, expected: 'fixed', verdict: 'reproduces', drift: true, regression: true, scenario: 'known-issues.ki-02-final-run-not-received' }]);
    expect(cellVerdict(m.find((r) => r.facet === 'KI-02.incomplete')!.cells[0]!)).toBe('reproduces');
  });
});

describe('catalogue data', () => {
  it('has KI-01 … KI-10, the six later regressions and the four snippet patterns', () => {
    expect(CATALOGUE.map((i) => i.id)).toEqual([...Array.from({ length: 10 }, (_, i) => `KI-${String(i + 1).padStart(2, '0')}`), 'LR-01', 'LR-02', 'LR-03', 'LR-04', 'LR-05', 'LR-06', 'SN-01', 'SN-02', 'SN-03', 'SN-04']);
  });
  it('facet ids are unique and prefixed by their issue; scenarios are known-issues ids', () => {
    const ids = CATALOGUE.flatMap((i) => i.facets.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of CATALOGUE) {
      for (const f of i.facets) expect(f.id.startsWith(`${i.id}.`)).toBe(true);
      expect(i.scenario).toMatch(new RegExp(`^known-issues\\.${i.id.toLowerCase()}-[a-z0-9-]+$`));
      expect(i.sources.length).toBeGreaterThan(0);
      for (const s of i.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });
  it('ranges within a facet are ordered and do not overlap', () => {
    for (const i of CATALOGUE) {
      for (const f of i.facets) {
        for (let k = 1; k < f.expectations.length; k++) {
          const prev = f.expectations[k - 1]!.range;
          const cur = f.expectations[k]!.range;
          expect(prev.before, f.id).toBeDefined();
          expect(compareVersions(cur.from ?? '0.0.0', prev.before!), f.id).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
  it('a fixed range exists exactly when the issue names a fix version or a dated fix', () => {
    for (const i of CATALOGUE.filter((x) => x.side === 'sdk')) {
      const hasFixedRange = i.facets.some((f) => f.expectations.some((e) => e.verdict === 'fixed'));
      expect(hasFixedRange, i.id).toBe(i.fixedIn !== null);
    }
  });
  it('names only fault switches the emulator registers', () => {
    const named = CATALOGUE.flatMap((i) => i.faults ?? []);
    expect(named.length).toBeGreaterThan(8);
    for (const f of named) expect(FAULTS[f], f).toBeDefined();
  });
  it('reads the SDK matrix from package.json', () => {
    const cols = matrixSdks(process.cwd());
    expect(cols.map((c) => c.version)).toEqual([...VERSIONS.slice(0, 9), cols.at(-1)!.version]);
    expect(cols.at(-1)!.name).toBe('openai');
  });
  it('ALL_SDKS (what SDK-side scenarios list) is exactly the installed matrix', () => {
    expect([...ALL_SDKS].sort()).toEqual(matrixSdks(process.cwd()).map((c) => c.name).sort());
  });
});

describe('semver', () => {
  it('orders numerically, not lexically', () => {
    expect(compareVersions('5.10.3', '5.9.0')).toBe(1);
    expect(compareVersions('4.52.4', '4.52.5')).toBe(-1);
    expect(compareVersions('7.0.0-beta.1', '7.0.0')).toBe(-1);
    expect(inRange('5.1.1', { from: '4.29.0', before: '5.1.1' })).toBe(false);
    expect(inRange('5.1.0', { from: '4.29.0', before: '5.1.1' })).toBe(true);
  });
});
