/**
 * `oaic known-issues`: the issue × SDK-version matrix. Runs the known-issues suite (every
 * `known-issues.*` scenario, each SDK-side one against the SDK matrix) and prints, per facet and
 * version, reproduces / fixed / no longer reproduces / not reproduced / not applicable with the
 * fix version; or reads the observations from an earlier report (--from), or prints only what
 * the catalogue expects (--expected).
 */
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { CATALOGUE } from '../../known-issues/catalogue/index.ts';
import { buildMatrix, type MatrixCell, type MatrixRow } from '../../known-issues/matrix.ts';
import { matrixSdks } from '../../known-issues/matrix-sdks.ts';
import { observationsFromReport } from '../../known-issues/observations.ts';
import { LEGEND, renderMatrixText } from '../../known-issues/render-matrix.ts';
import type { RunReport } from '../../report/model.ts';
import { readReport, writeReport } from '../../report/write.ts';
import { runSuites, targetLabel } from '../../runner/run-suites.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { addRunOptions, addTargetOptions, toHarnessOptions } from '../shared-options.ts';

const paint = (mark: string, cell: MatrixCell): string => {
  if (cell.observed?.regression) return c.fail(mark);
  if (cell.observed?.drift) return c.warn(mark);
  return cell.observed ? mark : c.dim(mark);
};

function selectRows(rows: MatrixRow[], only: readonly string[] | undefined): MatrixRow[] {
  if (!only?.length) return rows;
  return rows.filter((r) => only.some((o) => r.facet.toLowerCase().startsWith(o.toLowerCase())));
}

async function execute(raw: Record<string, unknown>, globals: Record<string, unknown>): Promise<number> {
  const json = globals['json'] === true;
  const out = (s: string) => (json ? process.stderr : process.stdout).write(s + '\n');
  const sdks = matrixSdks(PROJECT_ROOT);
  let report: RunReport | null = null;
  if (typeof raw['from'] === 'string') report = readReport(raw['from']);
  else if (raw['expected'] !== true) {
    // --only narrows the run to the scenarios of the selected issues.
    const only = (raw['only'] as string[] | undefined) ?? [];
    const picked = [...new Set(CATALOGUE.filter((i) => i.facets.some((f) => only.some((o) => f.id.toLowerCase().startsWith(o.toLowerCase())))).map((i) => i.scenario))];
    const options = toHarnessOptions(raw, only.length && picked.length ? picked : ['known-issues.*'], globals);
    options.target ??= 'emulator';
    const config = resolveConfig(options);
    out(c.dim(`oaic known-issues: running ${(options.filters ?? []).join(' ')} against ${targetLabel(config)} (run ${config.runId})`));
    report = await runSuites(config, PROJECT_ROOT, {
      onResult: (r, done, total) => out(c.dim(`[${done}/${total}] ${r.state.padEnd(7)} ${r.id}${r.sdk.name !== 'openai' ? ` [${r.sdk.name}]` : ''}`)),
    });
    out(c.dim(`reports: ${writeReport(config.reportsDir, report)}`));
  }
  const observations = report ? observationsFromReport(report) : [];
  const rows = selectRows(buildMatrix(sdks, observations, CATALOGUE), raw['only'] as string[] | undefined);
  const regressions = rows.flatMap((r) => r.cells.filter((x) => x.observed?.regression).map((x) => `${r.facet} on ${x.version}`));
  const drift = rows.flatMap((r) => r.cells.filter((x) => x.observed?.drift && !x.observed.regression).map((x) => `${r.facet} on ${x.version}: ${x.observed!.verdict} (catalogue: ${x.expected})`));
  const notPassing = report ? report.scenarios.filter((s) => s.area === 'known-issues' && (s.state === 'failed' || s.state === 'errored')).map((s) => `${s.id}${s.sdk.name !== 'openai' ? ` [${s.sdk.name}]` : ''}`) : [];
  if (json) {
    process.stdout.write(JSON.stringify({ sdks, legend: LEGEND, rows, regressions, drift, notPassing, source: report ? (typeof raw['from'] === 'string' ? raw['from'] : report.runId) : 'catalogue' }) + '\n');
  } else {
    out(renderMatrixText(rows, paint));
    if (!report) out(c.dim('\nExpected values only (--expected): nothing was run.'));
    if (drift.length) out(`\n${c.warn('Drift (the catalogue expected otherwise):')}\n  ${drift.join('\n  ')}`);
    if (regressions.length) out(`\n${c.fail('Regressions (a fixed issue reproduces):')}\n  ${regressions.join('\n  ')}`);
    if (notPassing.length) out(`\n${c.fail('Scenarios not passing:')}\n  ${notPassing.join('\n  ')}`);
  }
  return regressions.length || notPassing.length ? EXIT.SCENARIO_FAILED : EXIT.OK;
}

export function registerKnownIssues(program: Command): void {
  addRunOptions(addTargetOptions(program.command('known-issues'), { target: 'emulator' }))
    .description('Print the known-issue × SDK-version matrix (reproduces / fixed / no longer reproduces / not reproduced / not applicable) with fix versions; runs suites/known-issues unless --from or --expected')
    .option('--from <run-dir>', 'read the observations from a report (a run directory or report.json) instead of running')
    .option('--expected', 'print what the catalogue expects per version, without running anything')
    .option('--only <ids...>', 'only these issues or facets (prefixes such as KI-02 or LR-01.)')
    .addHelpText('after', `
Cells: R reproduces, F fixed, NLR no longer reproduces (drift: the catalogue expected R),
NR not reproduced, – not applicable, ? not in the notes. Lowercase: expected, not run.
Exit codes: 0 matrix printed, 1 a regression (a fixed issue reproduces) or a scenario failed,
2 usage or unreadable report.

Examples:
  npm run oaic -- known-issues                          run the suite against the emulator
  npm run oaic -- known-issues --target replay          the same from the committed recordings
  npm run oaic -- known-issues --expected --only KI-02  the catalogue's ranges for KI-02
  npm run oaic -- known-issues --from reports/latest    the matrix of an earlier run
  npm run oaic -- --json known-issues --from reports/latest`)
    .action(async function (this: Command) {
      process.exitCode = await execute(this.opts(), program.opts());
    });
}
