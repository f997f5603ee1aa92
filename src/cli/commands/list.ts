/** `oaic list`: scenarios, their tags and APIs, and whether a recording exists per target. */
import { existsSync, readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { recordingFile } from '../../recording/layout.ts';
import { discoverScenarioFiles, filterScenarioFiles, loadScenarios } from '../../runner/discover.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { toHarnessOptions } from '../shared-options.ts';

export function registerList(program: Command): void {
  program
    .command('list')
    .argument('[scenarios...]', 'ids or globs')
    .option('--tag <tag...>', 'only scenarios with one of these tags')
    .option('--recordings-dir <dir>', 'recordings directory (default recordings/)')
    .description('List scenarios with their tags, APIs and recordings per target')
    .action(async function (this: Command, ids: string[]) {
      const config = resolveConfig(toHarnessOptions(this.opts(), ids, program.opts()));
      const loaded = await loadScenarios(PROJECT_ROOT, filterScenarioFiles(discoverScenarioFiles(PROJECT_ROOT), config.filters));
      const targets = existsSync(config.recordingsDir) ? readdirSync(config.recordingsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
      const rows = loaded
        .filter((l) => !config.tags.length || config.tags.some((t) => l.scenario.tags.includes(t)))
        .map((l) => ({
          id: l.id,
          title: l.scenario.title,
          apis: l.scenario.apis,
          tags: l.scenario.tags,
          file: l.file,
          sdks: l.scenario.sdks?.length ? [...l.scenario.sdks] : ['openai'],
        }))
        .map((r) => {
          // A scenario over several SDKs has one recording per SDK; count how many are present.
          const present = Object.fromEntries(targets.map((t) => [t, r.sdks.filter((sdk) => existsSync(recordingFile(config.recordingsDir, t, r.id, sdk))).length]));
          return { ...r, recordings: Object.fromEntries(targets.map((t) => [t, present[t] === r.sdks.length])), recordingCounts: present };
        });
      if (config.json) {
        process.stdout.write(JSON.stringify({ targets, scenarios: rows }, null, 2) + '\n');
      } else {
        for (const r of rows) {
          const count = (t: string) => (r.sdks.length > 1 ? ` ${r.recordingCounts[t]}/${r.sdks.length} SDKs` : '');
          const recs = targets.map((t) => (r.recordings[t] ? c.pass(`●${t}${count(t)}`) : c.dim(`○${t}${count(t)}`))).join(' ');
          process.stdout.write(`${c.bold(r.id)}  ${r.title}\n    ${c.dim(`apis: ${r.apis.join(', ')}  tags: ${r.tags.join(', ') || '-'}`)}  ${recs}\n`);
        }
        process.stdout.write(c.dim(`${rows.length} scenario(s); ● recording present, ○ missing\n`));
      }
      process.exitCode = EXIT.OK;
    });
}
