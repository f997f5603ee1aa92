/**
 * `oaic parity [scenarios...]`: runs the suites/parity intents through both APIs against a target
 * (default the bundled emulator) and writes reports/<run>/parity.{json,md,html}.
 * Exit codes: 0 every scenario at parity, 1 one is not, 2 usage or setup error.
 */
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { startEmulator } from '../../emulator/server.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import type { ParityScenario } from '../../parity/define.ts';
import { buildParityReport } from '../../parity/report-model.ts';
import { writeParityReport } from '../../parity/report-write.ts';
import { runAllParity } from '../../parity/run-all.ts';
import { discoverScenarioFiles, filterScenarioFiles, loadScenarios } from '../../runner/discover.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { addTargetOptions, toHarnessOptions } from '../shared-options.ts';

export function registerParity(program: Command): void {
  addTargetOptions(program.command('parity').argument('[scenarios...]', 'parity scenario ids or globs (default: parity.*)'), { target: 'emulator' })
    .option('--concurrency <n>', 'scenarios at once (default 2)', Number)
    .option('--run-id <id>', 'name of the report directory (default a timestamp)')
    .description('Run the parity scenarios through the Assistants and the Responses APIs and write reports/<run>/parity.{json,md,html}')
    .addHelpText('after', `
Verdicts per dimension (final text, tool calls, citations, final status, usage, events, latency):
identical, equivalent, different, no counterpart. Against the emulator the comparator is strict (the
model is deterministic); against a live target it is the documented live comparator
(src/parity/comparators.ts). To replay recorded parity runs use: npm run oaic -- run 'parity.*'`)
    .action(async function (this: Command, ids: string[]) {
      const config = resolveConfig(toHarnessOptions(this.opts(), [], program.opts()));
      if (config.target.kind === 'replay') throw new HarnessError('CONFIG_INVALID', "Failed to run parity against the replay target: oaic parity drives both APIs live. Pass --target emulator or a live target, or replay the recordings with npm run oaic -- run 'parity.*'.");
      const files = filterScenarioFiles(discoverScenarioFiles(PROJECT_ROOT).filter((f) => f.id.startsWith('parity.')), ids);
      const intents = (await loadScenarios(PROJECT_ROOT, files)).map((l) => (l.scenario as ParityScenario).intent).filter((i) => i !== undefined);
      if (!intents.length) throw new HarnessError('SCENARIO_NOT_FOUND', 'Failed to find parity scenarios: suites/parity holds none. Add one with defineParityScenario().');
      const log = (s: string) => (config.json ? process.stderr : process.stdout).write(s + '\n');
      const emu = config.target.kind === 'emulator' ? await startEmulator() : null;
      try {
        const profile = config.target.kind === 'live' ? 'live' : 'emulator';
        log(c.dim(`oaic parity against ${config.target.name} (${intents.length} scenario(s), comparator ${profile})`));
        const results = await runAllParity(intents, {
          baseURL: emu?.baseURL ?? config.target.baseURL!,
          apiKey: config.apiKey,
          profile,
          concurrency: this.opts()['concurrency'] ?? 2,
          maxRetries: config.retries,
          onResult: (r, done, total) => log(`${r.passed ? c.pass('✓') : c.fail('✗')} ${c.dim(`[${done}/${total}]`)} ${r.id} ${c.dim(r.dimensions.map((d) => `${d.dimension}:${d.verdict}`).join(' '))}${r.failures.length ? `\n${c.fail(r.failures.map((f) => `    ${f}`).join('\n'))}` : ''}`),
        });
        const report = buildParityReport(results, { runId: config.runId, target: config.target.name, profile });
        const dir = writeParityReport(config.reportsDir, report);
        log((report.totals.failed ? c.fail : c.pass)(`${report.totals.passed} of ${report.totals.scenarios} at parity`));
        log(c.dim(`reports: ${dir}/parity.{json,md,html}`));
        if (config.json) process.stdout.write(JSON.stringify(report) + '\n');
        process.exitCode = report.totals.failed ? EXIT.SCENARIO_FAILED : EXIT.OK;
      } finally {
        await emu?.close();
      }
    });
}
