/** parity.json: every scenario's verdicts, per feature and per dimension, the mapping and the changes. */
import type { Profile } from './comparators.ts';
import { rowsFor, type MappingRow } from './mapping.ts';
import type { ParityResult } from './runner.ts';
import { DIMENSIONS, VERDICTS, type Dimension, type Verdict } from './verdict.ts';

export const PARITY_REPORT_SCHEMA = 'oaic.parity/1';

export interface ParityReport {
  schema: typeof PARITY_REPORT_SCHEMA;
  runId: string;
  target: string;
  profile: Profile;
  generatedAt: string;
  totals: { scenarios: number; passed: number; failed: number };
  byFeature: Record<string, { scenarios: string[]; passed: number; failed: number }>;
  byDimension: Record<Dimension, Record<Verdict, number>>;
  scenarios: ParityResult[];
  mapping: MappingRow[];
  /** What a migrating team must change: the mapping rows the scenarios exercised, plus every non-parity verdict. */
  changes: string[];
}

export function buildParityReport(results: ParityResult[], meta: { runId: string; target: string; profile: Profile; now?: Date }): ParityReport {
  const byFeature: ParityReport['byFeature'] = {};
  for (const r of results) {
    const f = (byFeature[r.feature] ??= { scenarios: [], passed: 0, failed: 0 });
    f.scenarios.push(r.id);
    f[r.passed ? 'passed' : 'failed']++;
  }
  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, Object.fromEntries(VERDICTS.map((v) => [v, 0]))])) as ParityReport['byDimension'];
  for (const r of results) for (const d of r.dimensions) byDimension[d.dimension][d.verdict]++;
  const mapping = rowsFor(Object.keys(byFeature));
  const changes = [
    ...mapping.map((m) => `${m.from} → ${m.to}: ${m.change}`),
    ...results.flatMap((r) => r.dimensions.filter((d) => d.verdict === 'different' || d.verdict === 'no_counterpart').map((d) => `${r.id}: ${d.dimension} is ${d.verdict.replace('_', ' ')} (${d.note})`)),
  ];
  const passed = results.filter((r) => r.passed).length;
  return { schema: PARITY_REPORT_SCHEMA, runId: meta.runId, target: meta.target, profile: meta.profile, generatedAt: (meta.now ?? new Date()).toISOString(), totals: { scenarios: results.length, passed, failed: results.length - passed }, byFeature, byDimension, scenarios: results, mapping, changes };
}
