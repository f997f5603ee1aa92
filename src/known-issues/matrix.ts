/**
 * The matrix `oaic known-issues` prints: one row per facet, one column per SDK version of the
 * matrix; each cell is the observed verdict when a run reported it, else the catalogue's
 * expectation for that version (marked expected), else unknown.
 */
import { CATALOGUE } from './catalogue/index.ts';
import { formatRange } from './semver.ts';
import type { FacetObservation, KnownIssue, Verdict } from './types.ts';
import { expectationFor, type Expected } from './verdict.ts';

export interface MatrixCell {
  sdk: string;
  version: string;
  /** What a run observed (absent when the facet was not run on this version). */
  observed?: { verdict: Verdict; drift: boolean; regression: boolean; scenario: string; state?: string };
  expected: Expected;
  note?: string;
}

export interface MatrixRow {
  issue: string;
  facet: string;
  title: string;
  side: KnownIssue['side'];
  claimStatus: KnownIssue['claimStatus'];
  fixedIn: string | null;
  source: string;
  /** The version ranges of the catalogue, as text. */
  ranges: string[];
  cells: MatrixCell[];
}

export interface SdkColumn {
  name: string;
  version: string;
}

export function buildMatrix(sdks: readonly SdkColumn[], observations: readonly (FacetObservation & { scenario: string; state?: string })[] = [], catalogue: readonly KnownIssue[] = CATALOGUE): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const issue of catalogue) {
    for (const facet of issue.facets) {
      const cells = sdks.map((s): MatrixCell => {
        const e = expectationFor(facet, s.version);
        const obs = observations.find((o) => o.facet === facet.id && o.sdk === s.version);
        const cell: MatrixCell = { sdk: s.name, version: s.version, expected: e?.verdict ?? 'unknown' };
        if (e?.note) cell.note = e.note;
        if (obs) cell.observed = { verdict: obs.verdict, drift: obs.drift, regression: obs.regression, scenario: obs.scenario, ...(obs.state ? { state: obs.state } : {}) };
        return cell;
      });
      rows.push({
        issue: issue.id,
        facet: facet.id,
        title: issue.title,
        side: issue.side,
        claimStatus: issue.claimStatus,
        // The fix belongs to the facets that have a fixed range (or to a service-side issue).
        fixedIn: facet.expectations.some((x) => x.verdict === 'fixed') || issue.side === 'service' ? issue.fixedIn : null,
        source: issue.sources[0]?.url ?? '',
        ranges: facet.expectations.map((x) => `${formatRange(x.range)}: ${x.verdict}`),
        cells,
      });
    }
  }
  return rows;
}

/** The verdict a cell shows: observed when there is one. */
export function cellVerdict(c: MatrixCell): Verdict | 'unknown' {
  return c.observed?.verdict ?? c.expected;
}
