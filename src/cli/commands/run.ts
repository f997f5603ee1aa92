/** `oaic run` and `oaic record`: run scenarios against a target, print progress, write reports. */
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { formatFailure } from '../../runner/format-failure.ts';
import { runSuites, targetLabel } from '../../runner/run-suites.ts';
import { writeReport } from '../../report/write.ts';
import { c, STATE_MARK } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { addRunOptions, addTargetOptions, toHarnessOptions } from '../shared-options.ts';

async function execute(filters: string[], raw: Record<string, unknown>, globals: Record<string, unknown>, forceMode?: 'record'): Promise<number> {
  const options = toHarnessOptions(raw, filters, globals);
  if (forceMode) {
    options.mode = forceMode;
    options.target ??= 'emulator';
  }
  const config = resolveConfig(options);
  const log = (s: string) => (config.json ? process.stderr : process.stdout).write(s + '\n');
  log(c.dim(`oaic ${config.mode} against ${targetLabel(config)} (run ${config.runId})`));
  const report = await runSuites(config, PROJECT_ROOT, {
    onStart: (n) => log(c.dim(`${n} scenario file(s)`)),
    onResult: (r, done, total) => {
      const kept = config.mode === 'record' && typeof r.annotations['recording'] === 'string' ? ` ${(r.state === 'passed' ? c.dim : c.warn)(`recording: ${r.annotations['recording']}${r.recording ? ` (${r.recording})` : ''}`)}` : '';
      const note = (r.state === 'skipped' ? c.warn(` skipped: ${r.reason}`) : '') + kept;
      log(`${STATE_MARK[r.state]()} ${c.dim(`[${done}/${total}]`)} ${r.id}${r.sdk.name !== 'openai' ? ` [${r.sdk.name}]` : ''} ${c.dim(`${r.durationMs} ms`)}${note}`);
      if (r.state === 'failed' || r.state === 'errored') log(c.fail(formatFailure(r).replace(/^/gm, '    ')));
    },
  });
  const dir = writeReport(config.reportsDir, report);
  const t = report.totals;
  const summary = `${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped of ${t.total}`;
  log((t.failed + t.errored ? c.fail : c.pass)(summary));
  log(c.dim(`reports: ${dir} (and ${config.reportsDir}/latest)`));
  if (config.json) process.stdout.write(JSON.stringify(report) + '\n');
  return t.failed + t.errored ? EXIT.SCENARIO_FAILED : EXIT.OK;
}

export function registerRun(program: Command): void {
  addRunOptions(addTargetOptions(program.command('run').argument('[scenarios...]', 'scenario ids or globs (default: all)')))
    .description('Run scenarios against a target and write reports/<run-id>/ and reports/latest/')
    .action(async function (this: Command, ids: string[]) {
      process.exitCode = await execute(ids, this.opts(), program.opts());
    });
  addRunOptions(addTargetOptions(program.command('record').argument('[scenarios...]', 'scenario ids or globs (default: all)'), { target: 'emulator' }))
    .description('Record scenarios against a target (default the emulator) into recordings/<target>/; a recording is replaced only when its scenario passed')
    .action(async function (this: Command, ids: string[]) {
      process.exitCode = await execute(ids, this.opts(), program.opts(), 'record');
    });
}
