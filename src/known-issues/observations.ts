/** Facet observations out of a run report (annotations `known-issue:<facet>` of each scenario result). */
import type { RunReport } from '../report/model.ts';
import { OBSERVATION_PREFIX } from './kit.ts';
import type { FacetObservation } from './types.ts';

export type ReportedObservation = FacetObservation & { scenario: string; state: string };

export function observationsFromReport(report: Pick<RunReport, 'scenarios'>): ReportedObservation[] {
  const out: ReportedObservation[] = [];
  for (const s of report.scenarios) {
    for (const [k, v] of Object.entries(s.annotations)) {
      if (!k.startsWith(OBSERVATION_PREFIX) || !v || typeof v !== 'object') continue;
      const o = v as FacetObservation;
      if (typeof o.facet === 'string' && typeof o.verdict === 'string') out.push({ ...o, sdk: o.sdk ?? s.sdk.version, scenario: s.id, state: s.state });
    }
  }
  return out;
}
