/**
 * `oaic diff <old> <new>`: behavioural drift between two recordings directories, two .har files
 * or two run report directories. Writes drift.json, drift.md and drift.html; exits 1 when a
 * breaking change was found, 0 otherwise, 2 on unreadable input.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { diffSides } from '../../diff/drift.ts';
import { loadSide } from '../../diff/load.ts';
import { driftHeadline } from '../../diff/render-markdown.ts';
import { defaultDriftDir, writeDrift } from '../../diff/write.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { toHarnessOptions } from '../shared-options.ts';

const SHOWN = 20;
const MARK = { breaking: () => c.fail('breaking'), additive: () => c.pass('additive'), cosmetic: () => c.dim('cosmetic') } as const;

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .argument('<old>', 'baseline: a recordings directory, a .har file or a run report directory')
    .argument('<new>', 'the same kind of input to compare against the baseline')
    .option('-o, --out <dir>', 'write drift.json, drift.md, drift.html here (default reports/drift-<timestamp>/, mirrored to reports/latest-drift/)')
    .option('--text', 'also compare generated text (normalised away by default)')
    .option('--reports-dir <dir>', 'reports directory for the default --out (default reports/)')
    .description('Behavioural drift between two sets of recordings or two runs; exit 1 when something breaking changed')
    .addHelpText('after', `
Volatile values (ids, timestamps, request ids, token counts, generated text unless --text) are
normalised. Breaking: removed field, type change, new or missing status or event, reordered
events, changed error, changed HTTP status. Additive: new field, event, request or scenario.
Cosmetic: values or repeat counts changed (see docs/decisions/0008-drift-classes.md).`)
    .action(function (this: Command, oldInput: string, newInput: string) {
      const opts = this.opts<{ out?: string; text?: boolean }>();
      const config = resolveConfig(toHarnessOptions(this.opts(), [], program.opts()));
      const now = new Date();
      const report = diffSides(loadSide(oldInput, PROJECT_ROOT), loadSide(newInput, PROJECT_ROOT), { text: opts.text === true }, now);
      const dir = opts.out ? path.resolve(opts.out) : defaultDriftDir(config.reportsDir, now);
      writeDrift(dir, report, opts.out ? {} : { latest: path.join(config.reportsDir, 'latest-drift') });
      const t = report.totals;
      const log = (s: string) => (config.json ? process.stderr : process.stdout).write(s + '\n');
      log((t.breaking ? c.fail : c.pass)(`drift: ${driftHeadline(report)}`));
      log(`${t.scenarios} scenario(s) compared, ${t.changed} changed: ${t.breaking} breaking, ${t.additive} additive, ${t.cosmetic} cosmetic`);
      for (const ch of report.changes.slice(0, SHOWN)) log(`  ${MARK[ch.class]()} ${c.bold(ch.scenario)} ${c.code(ch.kind)} ${ch.message}`);
      if (report.changes.length > SHOWN) log(c.dim(`  … ${report.changes.length - SHOWN} more in drift.md`));
      log(c.dim(`drift report: ${dir}`));
      if (config.json) process.stdout.write(JSON.stringify(report) + '\n');
      process.exitCode = t.breaking ? EXIT.SCENARIO_FAILED : EXIT.OK;
    });
}
