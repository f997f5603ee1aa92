/**
 * Runs the selected scenarios through vitest (project `scenarios`) with the resolved config and
 * returns the run's report. The CLI's `run` and `record` call this; so can other tools.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startVitest } from 'vitest/node';
import { CONFIG_ENV, serializeConfig } from '../config/resolve.ts';
import type { ResolvedConfig } from '../config/resolved.ts';
import { HarnessError } from '../errors/harness-error.ts';
import { buildReport, type RunReport } from '../report/model.ts';
import { ScenarioReporter } from '../report/vitest-reporter.ts';
import type { ScenarioResult } from '../scenario/types.ts';
import { HARNESS_VERSION, sdkVersion } from '../version/index.ts';
import { readSpend } from './budget.ts';
import { spendLedger } from './run-scenario.ts';
import { discoverScenarioFiles, filterByTags, filterScenarioFiles } from './discover.ts';

export interface RunHooks {
  onStart?: (total: number) => void;
  onResult?: (result: ScenarioResult, done: number, total: number) => void;
}

export function targetLabel(config: ResolvedConfig): string {
  return config.target.kind === 'replay' ? `replay:${config.recordingsTarget}` : config.target.name;
}

export async function runSuites(config: ResolvedConfig, root: string, hooks: RunHooks = {}): Promise<RunReport> {
  const files = await filterByTags(root, filterScenarioFiles(discoverScenarioFiles(root), config.filters), config.tags);
  if (!files.length) {
    throw new HarnessError('SCENARIO_NOT_FOUND', `Failed to select scenarios: none under ${path.join(root, 'suites')} match the filters and tags given. Run \`npm run oaic -- list\`.`);
  }
  const startedAt = new Date();
  process.env[CONFIG_ENV] = serializeConfig(config);
  const reporter = new ScenarioReporter({ cwd: root, target: targetLabel(config), mode: config.mode, ...hooks });
  const vitest = await startVitest(
    'test',
    files.map((f) => f.file),
    {
      root,
      project: 'scenarios',
      watch: false,
      reporters: [reporter],
      maxWorkers: config.concurrency,
      fileParallelism: config.concurrency > 1,
      ...(config.shard ? { shard: config.shard } : {}),
      passWithNoTests: true,
    },
  );
  await vitest.close();
  const finishedAt = new Date();
  const ledger = spendLedger(config);
  const spend = config.target.kind === 'live' ? readSpend(ledger) : null;
  rmSync(ledger, { force: true });
  return buildReport(reporter.results, {
    runId: config.runId,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    target: targetLabel(config),
    mode: config.mode,
    shard: config.shard,
    versions: { harness: HARNESS_VERSION, node: process.version, sdk: sdkVersion('openai') },
    ...(spend ? { spend } : {}),
  });
}
