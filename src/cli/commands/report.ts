/** `oaic report <run-dir>`: re-render a run's markdown, junit and html from its report.json; `merge-reports` combines shards. */
import path from 'node:path';
import type { Command } from 'commander';
import { mergeReports } from '../../report/model.ts';
import { readReport, writeReport } from '../../report/write.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .argument('<run-dir>', 'a directory under reports/ holding report.json')
    .description('Re-render report.md, junit.xml and report.html from report.json')
    .action((dir: string) => {
      const report = readReport(dir);
      const abs = path.resolve(dir);
      writeReport(path.dirname(abs), report, { latest: false, dirName: path.basename(abs) });
      process.stdout.write(`${c.pass('re-rendered')} ${abs}\n`);
      process.exitCode = EXIT.OK;
    });
  program
    .command('merge-reports')
    .argument('<run-dirs...>', 'shard run directories (each holds report.json)')
    .requiredOption('-o, --out <dir>', 'directory to write the merged report into')
    .description('Combine the reports of several shards into one report')
    .action((dirs: string[], opts: { out: string }) => {
      const merged = mergeReports(dirs.map((d) => readReport(d)));
      const abs = path.resolve(opts.out);
      writeReport(path.dirname(abs), merged, { latest: false, dirName: path.basename(abs) });
      const t = merged.totals;
      process.stdout.write(`merged ${dirs.length} report(s) into ${abs}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped\n`);
      process.exitCode = t.failed + t.errored ? EXIT.SCENARIO_FAILED : EXIT.OK;
    });
}
