/**
 * `oaic merge-reports <run-dir…> --out <dir>`: combines the report.json of several shards (`oaic
 * run --shard i/n`) into one run report with all four files (report.json, report.md, junit.xml,
 * report.html). Exit 0 merged and all passed, 1 a merged scenario failed, 2 unreadable input or
 * shards that do not belong together.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { HarnessError } from '../../errors/harness-error.ts';
import { mergeReports, type RunReport } from '../../report/model.ts';
import { readReport, writeReport } from '../../report/write.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';

/** Shards of one run share target and mode, and no scenario appears in two of them. */
export function checkShards(reports: { dir: string; report: RunReport }[]): void {
  const first = reports[0];
  if (!first) throw new HarnessError('INPUT_UNREADABLE', 'Failed to merge reports: no run directories given. Pass the shard directories, e.g. reports/shard-1 reports/shard-2.');
  for (const { dir, report } of reports) {
    if (report.target !== first.report.target || report.mode !== first.report.mode) {
      throw new HarnessError('INPUT_UNREADABLE', `Failed to merge ${dir}: it ran ${report.mode} against ${report.target}, ${first.dir} ran ${first.report.mode} against ${first.report.target}. Merge only the shards of one run.`);
    }
  }
  const seen = new Map<string, string>();
  for (const { dir, report } of reports) {
    for (const s of report.scenarios) {
      const key = `${s.id} [${s.sdk.name}]`;
      const other = seen.get(key);
      if (other) throw new HarnessError('INPUT_UNREADABLE', `Failed to merge ${dir}: scenario ${key} is also in ${other}. Pass each shard once (--shard i/n splits a run without overlap).`);
      seen.set(key, dir);
    }
  }
}

export function registerMergeReports(program: Command): void {
  program
    .command('merge-reports')
    .argument('<run-dirs...>', 'shard run directories (each holds report.json)')
    .requiredOption('-o, --out <dir>', 'directory to write the merged report into')
    .description('Combine the reports of several shards (oaic run --shard i/n) into one report')
    .action((dirs: string[], opts: { out: string }) => {
      const reports = dirs.map((dir) => ({ dir, report: readReport(dir) }));
      checkShards(reports);
      const merged = mergeReports(reports.map((r) => r.report));
      const abs = path.resolve(opts.out);
      writeReport(path.dirname(abs), merged, { latest: false, dirName: path.basename(abs) });
      const t = merged.totals;
      const json = program.opts()['json'] === true;
      const line = `merged ${dirs.length} report(s) (${reports.map((r) => r.report.shard ?? 'unsharded').join(', ')}) into ${abs}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped`;
      (json ? process.stderr : process.stdout).write(`${(t.failed + t.errored ? c.fail : c.pass)(line)}\n`);
      if (json) process.stdout.write(JSON.stringify(merged) + '\n');
      process.exitCode = t.failed + t.errored ? EXIT.SCENARIO_FAILED : EXIT.OK;
    });
}
