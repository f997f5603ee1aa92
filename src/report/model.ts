/**
 * report.json is the source of truth of a run; markdown, junit and html are renderings of it.
 */
import { isFailing } from '../checks/violation.ts';
import type { ScenarioResult } from '../scenario/types.ts';

export const REPORT_SCHEMA = 'oaic.report/1';

export interface RuleSummary {
  rule: string;
  failing: number;
  info: number;
  scenarios: string[];
}

export interface RunReport {
  schema: typeof REPORT_SCHEMA;
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  target: string;
  mode: string;
  shard: string | null;
  versions: { harness: string; node: string; sdk: string };
  totals: { total: number; passed: number; failed: number; skipped: number; errored: number };
  byArea: Record<string, { passed: number; failed: number; skipped: number; errored: number }>;
  byRule: RuleSummary[];
  /** Live-run spend (requests and tokens), when counted. */
  spend?: { requests: number; tokens: number };
  scenarios: ScenarioResult[];
}

export function buildReport(results: ScenarioResult[], meta: Omit<RunReport, 'schema' | 'totals' | 'byArea' | 'byRule' | 'scenarios'>): RunReport {
  const scenarios = [...results].sort((a, b) => a.id.localeCompare(b.id) || a.sdk.name.localeCompare(b.sdk.name));
  const totals = { total: scenarios.length, passed: 0, failed: 0, skipped: 0, errored: 0 };
  const byArea: RunReport['byArea'] = {};
  const rules = new Map<string, RuleSummary>();
  for (const r of scenarios) {
    totals[r.state] += 1;
    const area = (byArea[r.area] ??= { passed: 0, failed: 0, skipped: 0, errored: 0 });
    area[r.state] += 1;
    for (const v of r.violations) {
      const s = rules.get(v.rule) ?? { rule: v.rule, failing: 0, info: 0, scenarios: [] };
      if (isFailing(v)) s.failing += 1;
      else s.info += 1;
      if (!s.scenarios.includes(r.id)) s.scenarios.push(r.id);
      rules.set(v.rule, s);
    }
  }
  const byRule = [...rules.values()].sort((a, b) => b.failing - a.failing || a.rule.localeCompare(b.rule));
  return { schema: REPORT_SCHEMA, ...meta, totals, byArea, byRule, scenarios };
}

/** Combines shard reports into one (oaic merge-reports). */
export function mergeReports(reports: RunReport[]): RunReport {
  if (reports.length === 0) throw new Error('no reports to merge');
  const first = reports[0]!;
  const startedAt = reports.map((r) => r.startedAt).sort()[0]!;
  const finishedAt = reports.map((r) => r.finishedAt).sort().at(-1)!;
  const spend = reports.reduce((s, r) => ({ requests: s.requests + (r.spend?.requests ?? 0), tokens: s.tokens + (r.spend?.tokens ?? 0) }), { requests: 0, tokens: 0 });
  return buildReport(reports.flatMap((r) => r.scenarios), {
    runId: first.runId,
    startedAt,
    finishedAt,
    durationMs: Date.parse(finishedAt) - Date.parse(startedAt),
    target: first.target,
    mode: first.mode,
    shard: null,
    versions: first.versions,
    ...(reports.some((r) => r.spend) ? { spend } : {}),
  });
}
