/**
 * `oaic import <file…>`: traffic captured elsewhere (HAR, VCR/vcrpy cassettes, SSE transcripts,
 * JSON Lines of events, openai-python inline snapshots) → recordings under
 * recordings/imported/<source>/<name>.har, scrubbed, with provenance `imported:<source>`.
 * Exit 0 all imported, 1 a --verify replay did not match, 2 a file could not be imported.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { findHarnessError } from '../../errors/harness-error.ts';
import { FORMATS } from '../../import/formats.ts';
import { importFile } from '../../import/import-file.ts';
import { replayThroughSdk, type ReplayResult } from '../../import/sdk-replay.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { toHarnessOptions } from '../shared-options.ts';

const expand = (p: string): string[] =>
  statSync(p, { throwIfNoEntry: false })?.isDirectory()
    ? readdirSync(p).sort().flatMap((f) => expand(path.join(p, f)))
    : [p];

const replayed = (r: ReplayResult) => r.observed === r.expected && (!r.events || r.events.observed === r.events.expected);

export function registerImport(program: Command): void {
  program
    .command('import')
    .argument('<files...>', 'captured traffic files (directories are read recursively)')
    .option('--source <name>', 'provenance label imported:<name> and output folder (default the format name)')
    .option('--out-dir <dir>', 'where the <source>/ folders go (default recordings/imported)')
    .option('--recordings-dir <dir>', 'recordings directory (env OAIC_RECORDINGS_DIR; default recordings/)')
    .option('--path <path>', 'request path for SSE transcripts and JSON Lines (default inferred from the event names)')
    .option('--verify', 'replay each imported recording through the official SDK and compare')
    .description('Import traffic captured elsewhere as recordings the harness can replay and check')
    .addHelpText('after', `
Formats (detected from the content):
${FORMATS.map((f) => `  ${f.name.padEnd(16)} ${f.describe}`).join('\n')}

Headers with credentials or client fingerprints are dropped and key-shaped strings replaced, as
when recording. Exit codes: 0 imported, 1 --verify found a mismatch, 2 a file could not be imported.`)
    .action(async function (this: Command, inputs: string[]) {
      const opts = this.opts<{ source?: string; outDir?: string; path?: string; verify?: boolean }>();
      const config = resolveConfig(toHarnessOptions(this.opts(), [], program.opts()));
      const outDir = path.resolve(opts.outDir ?? path.join(config.recordingsDir, 'imported'));
      const log = (s: string) => (config.json ? process.stderr : process.stdout).write(s + '\n');
      const taken = new Set<string>();
      const results: Record<string, unknown>[] = [];
      let failed = 0;
      let mismatched = 0;
      for (const file of inputs.flatMap(expand)) {
        try {
          const r = importFile(file, { outDir, ...(opts.source ? { source: opts.source } : {}), ...(opts.path ? { path: opts.path } : {}) }, taken);
          const row: Record<string, unknown> = { file, format: r.format, entries: r.har.log.entries.length, output: r.output, provenance: r.har.log._oaic?.provenance };
          let note = '';
          if (opts.verify) {
            const replay = await replayThroughSdk(r.har, r.output);
            const bad = replay.filter((x) => !replayed(x));
            row['replayed'] = replay.length - bad.length;
            if (bad.length) {
              mismatched += 1;
              row['mismatches'] = bad;
              note = c.fail(` replay: ${bad.length} mismatch(es), first: ${bad[0]?.request} expected ${bad[0]?.expected}, SDK gave ${bad[0]?.observed}`);
            } else note = c.pass(' replayed through the SDK');
          }
          results.push(row);
          log(`${c.pass('✓')} ${file} ${c.dim(`(${r.format}, ${r.har.log.entries.length} exchange(s))`)} → ${path.relative(process.cwd(), r.output)}${note}`);
        } catch (err) {
          const h = findHarnessError(err);
          if (!h) throw err;
          failed += 1;
          results.push({ file, error: h.message });
          log(`${c.fail('✗')} ${h.message}`);
        }
      }
      log(c.dim(`${results.length - failed} of ${results.length} file(s) imported into ${outDir}${opts.verify ? `, ${mismatched} with replay mismatches` : ''}`));
      if (config.json) process.stdout.write(JSON.stringify(results) + '\n');
      process.exitCode = failed ? EXIT.USAGE : mismatched ? EXIT.SCENARIO_FAILED : EXIT.OK;
    });
}
