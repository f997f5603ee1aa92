/**
 * The `oaic` command line. Exit codes: 0 all passed, 1 a scenario failed, 2 usage or setup error.
 */
import { Command, CommanderError } from 'commander';
import { ENV_VARS } from '../config/options.ts';
import { findHarnessError } from '../errors/harness-error.ts';
import { HARNESS_VERSION } from '../version/index.ts';
import { c, setColor } from './colors.ts';
import { registerDiff } from './commands/diff.ts';
import { registerCheck } from './commands/check.ts';
import { registerConvert } from './commands/convert.ts';
import { registerDoctor } from './commands/doctor.ts';
import { registerEmulator } from './commands/emulator.ts';
import { registerImport } from './commands/import.ts';
import { registerKnownIssues } from './commands/known-issues.ts';
import { registerList } from './commands/list.ts';
import { registerMergeReports } from './commands/merge-reports.ts';
import { registerParity } from './commands/parity.ts';
import { registerReport } from './commands/report.ts';
import { registerRun } from './commands/run.ts';
import { EXIT } from './exit.ts';

export function buildProgram(): Command {
  const program = new Command('oaic')
    .version(HARNESS_VERSION)
    .description('Conformance, regression and migration-parity harness for the OpenAI Assistants v2, Responses and Conversations APIs')
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('--json', 'machine-readable output on stdout')
    .addHelpText('after', `
Exit codes: 0 all passed, 1 a scenario failed (or a breaking drift), 2 usage or setup error.

Environment:
${Object.entries(ENV_VARS).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n')}

Examples:
  npm run oaic -- run --target emulator          every suite against the bundled emulator
  npm run oaic -- run streaming.*                replay the streaming suite from recordings/
  npm run oaic -- record run-states.polled-run   re-record one scenario from the emulator
  npm run oaic -- emulator --port 8787           run the emulator by itself`)
    .hook('preAction', (cmd) => setColor(cmd.opts()['color'] !== false));
  registerRun(program);
  registerList(program);
  registerDoctor(program);
  registerReport(program);
  registerEmulator(program);
  registerCheck(program);
  registerConvert(program);
  registerParity(program);
  registerDiff(program);
  registerImport(program);
  registerMergeReports(program);
  registerKnownIssues(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    const h = findHarnessError(err);
    process.stderr.write(c.fail(h ? h.describe() : `Failed to run oaic: ${(err as Error)?.stack ?? String(err)}`) + '\n');
    return EXIT.USAGE;
  }
}
