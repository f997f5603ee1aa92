/**
 * Finds scenario files (`suites/<area>/<name>.scenario.ts`, id `<area>.<name>`) and applies the
 * run's filters: exact ids, globs (`streaming.*`, `*.ki-0?-*`) and tags (which need the module).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HarnessError } from '../errors/harness-error.ts';
import type { Scenario } from '../scenario/types.ts';

export interface ScenarioFile {
  id: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
}

export function discoverScenarioFiles(root: string): ScenarioFile[] {
  const suites = path.join(root, 'suites');
  if (!existsSync(suites)) return [];
  const out: ScenarioFile[] = [];
  for (const area of readdirSync(suites, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(path.join(suites, area.name))) {
      if (f.endsWith('.scenario.ts')) out.push({ id: `${area.name}.${f.replace(/\.scenario\.ts$/, '')}`, file: `suites/${area.name}/${f}` });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/** Applies id/glob filters; each filter must match something, or the user made a typo. */
export function filterScenarioFiles(files: ScenarioFile[], filters: readonly string[]): ScenarioFile[] {
  if (!filters.length) return files;
  const picked = new Set<ScenarioFile>();
  for (const f of filters) {
    const re = globToRegExp(f.replace(/\.scenario\.ts$/, '').replace(/^suites\/([^/]+)\//, '$1.'));
    const hits = files.filter((s) => re.test(s.id));
    if (!hits.length) {
      throw new HarnessError('SCENARIO_NOT_FOUND', `Failed to find a scenario matching ${JSON.stringify(f)}: no id matches. Run \`npm run oaic -- list\` to see the ids (globs such as streaming.* work).`);
    }
    hits.forEach((h) => picked.add(h));
  }
  return files.filter((f) => picked.has(f));
}

/** Loads the scenario definitions (outside vitest `defineScenario` only returns them). */
export async function loadScenarios(root: string, files: ScenarioFile[]): Promise<(ScenarioFile & { scenario: Scenario })[]> {
  const out: (ScenarioFile & { scenario: Scenario })[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(root, f.file)).href)) as { default?: Scenario };
    if (!mod.default) throw new HarnessError('SCENARIO_INVALID', `Failed to load ${f.file}: it has no default export. A scenario file ends with \`export default defineScenario({...})\`.`);
    out.push({ ...f, scenario: mod.default });
  }
  return out;
}

export async function filterByTags(root: string, files: ScenarioFile[], tags: readonly string[]): Promise<ScenarioFile[]> {
  if (!tags.length) return files;
  const loaded = await loadScenarios(root, files);
  return loaded.filter((l) => tags.some((t) => l.scenario.tags.includes(t))).map(({ id, file }) => ({ id, file }));
}
