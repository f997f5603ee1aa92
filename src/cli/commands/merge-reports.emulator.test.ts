/**
 * Sharding end to end: a throw-away project with six scenarios runs against the emulator as
 * shards 1/2 and 2/2 (vitest's --shard through runSuites), and `oaic merge-reports` combines the
 * two shard reports into the same totals as the unsharded run, with all four report files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../config/resolve.ts';
import type { RunReport } from '../../report/model.ts';
import { REPORT_FILES, writeReport } from '../../report/write.ts';
import { runSuites } from '../../runner/run-suites.ts';
import { main } from '../main.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const root = mkdtempSync(path.join(tmpdir(), 'oaic-shards-'));
const src = (p: string) => JSON.stringify(path.join(PROJECT_ROOT, 'src', p));
const NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];

function project(): void {
  // A plain-object config: the throw-away root has no node_modules to resolve vitest/config from.
  writeFileSync(path.join(root, 'vitest.config.mjs'), `export default { test: { projects: [{ test: { name: 'scenarios', include: ['suites/**/*.scenario.ts'], setupFiles: [${src('runner/scenario-setup.ts')}], globalSetup: [${src('runner/global-setup.ts')}], testTimeout: 60000 } }] } };\n`);
  mkdirSync(path.join(root, 'suites', 'run-states'), { recursive: true });
  for (const [i, name] of NAMES.entries()) {
    writeFileSync(path.join(root, 'suites', 'run-states', `shard-${name}.scenario.ts`), `import { defineScenario } from ${src('scenario/define.ts')};
import { defineCheck } from ${src('checks/check.ts')};
import { violation } from ${src('checks/violation.ts')};
const oneExchange = defineCheck({ id: 'one-exchange', description: 'exactly one exchange', run: (t) => (t.exchanges.length === 1 ? [] : [violation('TEST_EXCHANGES', {}, t.exchanges.length, 1, 'expected one exchange')]) });
export default defineScenario({ id: 'run-states.shard-${name}', title: '${name}', api: 'assistants', checks: [oneExchange], run: async (ctx) => {
  await ctx.client.models.list();${i === 4 ? '\n  await ctx.client.models.list();' : ''}
} });
`);
  }
}

function capture() {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return out;
}

describe('oaic run --shard i/n and oaic merge-reports', () => {
  const reports = path.join(root, 'reports');
  const runs: Record<string, RunReport> = {};
  beforeAll(async () => {
    project();
    for (const shard of ['1/2', '2/2', null]) {
      const runId = shard ? `shard-${shard[0]}` : 'full';
      const config = resolveConfig({ target: 'emulator', runId, reportsDir: reports, ...(shard ? { shard } : {}) }, {}, PROJECT_ROOT);
      runs[runId] = await runSuites(config, root);
      writeReport(reports, runs[runId]!, { latest: false });
    }
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('splits the scenarios between the shards without overlap', () => {
    const ids = (r: RunReport | undefined) => (r?.scenarios ?? []).map((s) => s.id);
    const a = ids(runs['shard-1']);
    const b = ids(runs['shard-2']);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(ids(runs['full']));
    expect(ids(runs['full'])).toEqual(NAMES.map((n) => `run-states.shard-${n}`));
    expect(runs['shard-1']?.shard).toBe('1/2');
  });

  it('merges the shard reports into the totals of the unsharded run, with all four files (exit 1: one scenario fails)', async () => {
    capture();
    const out = path.join(root, 'merged');
    expect(await main(['node', 'oaic', '--no-color', 'merge-reports', path.join(reports, 'shard-1'), path.join(reports, 'shard-2'), '--out', out])).toBe(1);
    for (const f of REPORT_FILES) expect(existsSync(path.join(out, f)), f).toBe(true);
    const merged = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as RunReport;
    expect(merged.totals).toEqual(runs['full']?.totals);
    expect(merged.totals).toEqual({ total: 6, passed: 5, failed: 1, skipped: 0, errored: 0 });
    expect(merged.byRule).toEqual(runs['full']?.byRule);
    expect(merged.shard).toBeNull();
    expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).toContain('run-states.shard-echo');
  });

  it('refuses to merge a shard twice or shards of different runs (exit 2)', async () => {
    capture();
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    expect(await main(['node', 'oaic', '--no-color', 'merge-reports', path.join(reports, 'shard-1'), path.join(reports, 'shard-1'), '--out', path.join(root, 'twice')])).toBe(2);
    expect(err.join('')).toMatch(/Failed to merge .*shard-1: scenario run-states\.shard-\w+ \[openai\] is also in/);
    expect(await main(['node', 'oaic', '--no-color', 'merge-reports', path.join(root, 'nope'), '--out', path.join(root, 'x')])).toBe(2);
  });
});
