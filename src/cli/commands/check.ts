/** `oaic check <file|dir…>`: validates captured traffic offline against the conformance checks. */
import type { Command } from 'commander';
import { checkFiles } from '../../checks/check-files.ts';
import { formatWhere, type Violation } from '../../checks/violation.ts';
import { resolveConfig } from '../../config/resolve.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { toHarnessOptions } from '../shared-options.ts';

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

function printGrouped(violations: Violation[], limit: number): void {
  const byRule = new Map<string, Violation[]>();
  for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const mark = list[0]!.severity === 'error' ? c.fail('✗') : c.dim('i');
    process.stdout.write(`${mark} ${c.bold(rule)} ${c.dim(`×${list.length}`)}\n`);
    for (const v of list.slice(0, limit)) {
      process.stdout.write(`    ${c.code(formatWhere(v.where))}\n      ${v.message}\n      ${c.dim(`observed ${short(v.observed)} · expected ${short(v.expected)}`)}\n`);
    }
    if (list.length > limit) process.stdout.write(c.dim(`    … ${list.length - limit} more (use --limit or --json)\n`));
  }
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .argument('<inputs...>', 'files or directories: HAR/Polly (.har, oaic recordings), raw text/event-stream bodies (curl -N), JSON Lines of events, VCR/vcrpy cassettes (.yaml), corpus JSON')
    .option('--info', 'also list info findings (unknown fields, documented quirks)')
    .option('--limit <n>', 'locations shown per rule (default 5)', Number)
    .description('Check captured traffic offline: detects format and API, runs the conformance checks, prints violations grouped by rule')
    .addHelpText('after', `
Exit codes: 0 no violations, 1 violations (error severity), 2 input cannot be read.
Streams in raw SSE and JSON Lines files are read incrementally, one stream at a time; a HAR or JSON
document must fit one JSON.parse (limit 256 MB, the message says so when it does not).

Examples:
  npm run oaic -- check recordings/emulator
  curl -N https://api.openai.com/v1/responses … > out.sse && npm run oaic -- check out.sse
  npm run oaic -- check capture.har --json`)
    .action(async function (this: Command, inputs: string[]) {
      const opts = this.opts() as { info?: boolean; limit?: number };
      const config = resolveConfig(toHarnessOptions({}, [], program.opts()));
      const result = await checkFiles(inputs, { keepInfo: opts.info === true || config.json });
      if (config.json) {
        process.stdout.write(JSON.stringify({ ok: result.errors === 0, errors: result.errors, infos: result.infos, files: result.files, skipped: result.skipped, units: result.units, violations: result.violations }, null, 2) + '\n');
      } else {
        printGrouped(result.violations, opts.limit ?? 5);
        for (const s of result.skipped) process.stdout.write(c.dim(`skipped ${s.file}: ${s.reason}\n`));
        const events = result.units.reduce((n, u) => n + u.events, 0);
        const summary = `${result.files.length} file(s), ${result.units.length} traffic unit(s), ${events} event(s): ${result.errors} violation(s), ${result.infos} info`;
        process.stdout.write((result.errors === 0 ? c.pass(`✓ ${summary}`) : c.fail(`✗ ${summary}`)) + '\n');
      }
      process.exitCode = result.errors === 0 ? EXIT.OK : EXIT.SCENARIO_FAILED;
    });
}
