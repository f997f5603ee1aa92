/** `oaic report <run-dir>`: re-render a run's markdown, junit and html from its report.json (merging shards: merge-reports.ts). */
import path from 'node:path';
import type { Command } from 'commander';
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
}
