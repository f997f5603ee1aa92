/**
 * The nightly workflow's drift step calls `oaic diff` with arguments this CLI accepts: the step's
 * own command line, with the runner's paths pointed at a scratch directory, diffs a baseline
 * against re-recorded recordings and writes the drift.md the job summary step picks up.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { main } from '../cli/main.ts';
import { buildReport } from '../report/model.ts';
import { writeReport } from '../report/write.ts';
import { PROJECT_ROOT } from '../cli/project-root.ts';
import { sampleRun, type SampleOptions } from '../testing/sample-run.ts';

interface Step { name?: string; run?: string }
const workflow = YAML.parse(readFileSync(path.join(PROJECT_ROOT, '.github', 'workflows', 'nightly.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const diffStep = steps.find((s) => s.run?.includes('oaic -- diff'));
const mergeStep = steps.find((s) => s.run?.includes('oaic -- merge-reports'));
const tmp = mkdtempSync(path.join(tmpdir(), 'oaic-nightly-'));

/** The step's arguments after `oaic --`, with `$RUNNER_TEMP`, the matrix and relative paths resolved into `tmp`. */
function stepArgs(run: string): string[] {
  const line = run.slice(run.indexOf('oaic -- ') + 'oaic -- '.length).trim();
  const args = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace('$RUNNER_TEMP', path.join(tmp, 'runner')).replace(/\$\{\{\s*matrix\.shard\s*\}\}/g, '1'));
  return args.map((a) => (a.startsWith('-') || a === 'diff' || path.isAbsolute(a) ? a : path.join(tmp, 'checkout', a)));
}

function write(dir: string, o: SampleOptions): void {
  mkdirSync(path.join(dir, 'streaming'), { recursive: true });
  writeFileSync(path.join(dir, 'streaming', 'sample-run.har'), JSON.stringify(sampleRun(o)));
}

describe('nightly workflow drift step', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exists, runs after recording, and writes where the job summary reads', () => {
    expect(diffStep?.run).toMatch(/oaic -- diff "\$RUNNER_TEMP\/baseline\/emulator" recordings\/emulator --out "reports\/drift-/);
    expect(steps.findIndex((s) => s === diffStep)).toBeGreaterThan(steps.findIndex((s) => s.run?.includes('oaic -- record --target emulator')));
    expect(steps.some((s) => s.run?.includes('reports/drift-*/drift.md'))).toBe(true);
  });

  it("runs as written: quiet on a same-behaviour re-recording, exit 1 and a drift.md on a breaking one", async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const args = stepArgs(diffStep?.run ?? '');
    write(path.join(tmp, 'runner', 'baseline', 'emulator'), { seed: 'committed' });
    write(path.join(tmp, 'checkout', 'recordings', 'emulator'), { seed: 'tonight' });
    expect(await main(['node', 'oaic', ...args])).toBe(0);
    write(path.join(tmp, 'checkout', 'recordings', 'emulator'), { seed: 'tonight', plant: { removeRunField: 'usage' } });
    expect(await main(['node', 'oaic', ...args])).toBe(1);
    const md = path.join(tmp, 'checkout', 'reports', 'drift-1', 'drift.md');
    expect(existsSync(md)).toBe(true);
    expect(readFileSync(md, 'utf8')).toContain('field usage removed');
  });

  it("merges the shards' reports with the command the merge job runs", async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const line = mergeStep?.run?.split('\n')[0] ?? '';
    expect(line).toMatch(/oaic -- merge-reports shards\/nightly-reports-\*\/nightly-emulator-\* --out reports\/nightly-emulator$/);
    // The artifacts download as shards/nightly-reports-<shard>/<run-id>/ (the record job uploads reports/).
    const meta = { startedAt: '2026-12-01T03:17:00.000Z', finishedAt: '2026-12-01T03:20:00.000Z', durationMs: 180_000, target: 'emulator', mode: 'record', versions: { harness: '0.1.0', node: 'v22', sdk: '7.57.0' } };
    for (const shard of [1, 2]) writeReport(path.join(tmp, 'job', 'shards', `nightly-reports-${shard}`), buildReport([], { ...meta, runId: `nightly-emulator-${shard}`, shard: `${shard}/2` }), { latest: false });
    const dirs = [1, 2].map((n) => path.join(tmp, 'job', 'shards', `nightly-reports-${n}`, `nightly-emulator-${n}`)); // what the shell glob expands to
    expect(await main(['node', 'oaic', 'merge-reports', ...dirs, '--out', path.join(tmp, 'job', 'reports', 'nightly-emulator')])).toBe(0);
    expect(existsSync(path.join(tmp, 'job', 'reports', 'nightly-emulator', 'report.md'))).toBe(true);
  });
});
