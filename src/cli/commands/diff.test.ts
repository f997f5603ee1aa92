import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { DriftReport } from '../../diff/drift.ts';
import { buildReport } from '../../report/model.ts';
import { writeReport } from '../../report/write.ts';
import type { ScenarioResult } from '../../scenario/types.ts';
import { sampleRun, type SampleOptions } from '../../testing/sample-run.ts';
import { main } from '../main.ts';
import { captureOutput } from '../../testing/capture-output.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'oaic-diff-'));
const har = (dir: string, rel: string, o: SampleOptions) => {
  const f = path.join(tmp, dir, rel);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, JSON.stringify(sampleRun(o), null, 2));
  return f;
};

const oaic = (...args: string[]) => main(['node', 'oaic', '--no-color', ...args]);
const readDrift = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'drift.json'), 'utf8')) as DriftReport;

describe('oaic diff', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  har('monday', 'streaming/sample-run.har', { seed: 'monday' });
  har('monday', 'run-states/polled.har', { seed: 'monday-2', polls: 2 });
  har('friday', 'streaming/sample-run.har', { seed: 'friday-evening' });
  har('friday', 'run-states/polled.har', { seed: 'friday-2', polls: 5 });
  har('broken', 'streaming/sample-run.har', { seed: 'tuesday', plant: { removeRunField: 'usage', reorderEvents: true, errorMessage: 'Run not found.' } });
  har('broken', 'run-states/polled.har', { seed: 'tuesday-2' });

  it('stays quiet (exit 0) on two recording sets of the same behaviour made at different times', async () => {
    const { out } = captureOutput();
    const dir = path.join(tmp, 'out-quiet');
    expect(await oaic('diff', path.join(tmp, 'monday'), path.join(tmp, 'friday'), '--out', dir)).toBe(0);
    const r = readDrift(dir);
    expect(r.totals).toMatchObject({ scenarios: 2, breaking: 0, additive: 0 });
    expect(r.changes.every((ch) => ch.class === 'cosmetic' && ch.scenario === 'run-states.polled')).toBe(true);
    expect(out.join('')).toContain('drift: no breaking changes');
    for (const f of ['drift.json', 'drift.md', 'drift.html']) expect(existsSync(path.join(dir, f))).toBe(true);
  });

  it('flags planted breaking changes (exit 1) and writes all three reports', async () => {
    const { out } = captureOutput();
    const dir = path.join(tmp, 'out-broken');
    expect(await oaic('diff', path.join(tmp, 'monday'), path.join(tmp, 'broken'), '--out', dir)).toBe(1);
    const kinds = readDrift(dir).changes.filter((ch) => ch.class === 'breaking').map((ch) => ch.kind);
    expect(kinds).toEqual(expect.arrayContaining(['field-removed', 'events-reordered', 'error-changed']));
    expect(out.join('')).toMatch(/drift: \d+ breaking change\(s\) in 1 scenario\(s\)/);
    const md = readFileSync(path.join(dir, 'drift.md'), 'utf8');
    expect(md).toMatch(/\| 🔴 breaking \| streaming\.sample-run \| `field-removed` \| thread\.run: field usage removed/);
    const html = readFileSync(path.join(dir, 'drift.html'), 'utf8');
    expect(html).not.toMatch(/<(link|script) [^>]*(src|href)=/);
    expect(html).toContain('data-class="breaking"');
  });

  it('compares two single .har files whatever their names, and prints JSON with --json', async () => {
    const { out } = captureOutput();
    const a = har('files', 'a.har', { seed: 'x1' });
    const b = har('files', 'b.har', { seed: 'y22', plant: { addRunField: 'truncation_strategy' } });
    expect(await oaic('--json', 'diff', a, b, '--out', path.join(tmp, 'out-files'))).toBe(0);
    const r = JSON.parse(out.join('')) as DriftReport;
    expect(r.changes.map((ch) => `${ch.class} ${ch.kind}`)).toEqual(['additive field-added']);
  });

  it('writes under reports/drift-<timestamp>/ and reports/latest-drift/ by default', async () => {
    captureOutput();
    const reports = path.join(tmp, 'reports');
    expect(await oaic('diff', path.join(tmp, 'monday'), path.join(tmp, 'monday'), '--reports-dir', reports)).toBe(0);
    expect(readDrift(path.join(reports, 'latest-drift')).changes).toEqual([]);
  });

  it('compares two run report directories: results, failing rules and the recordings they name', async () => {
    captureOutput();
    const result = (state: 'passed' | 'failed', recording: string): ScenarioResult => ({
      id: 'streaming.sample-run', title: 't', area: 'streaming', apis: ['assistants'], tags: [], target: 'emulator', mode: 'replay',
      sdk: { name: 'openai', version: '7.57.0' }, recording, durationMs: 5, command: 'x', annotations: {}, stats: { exchanges: 1, events: 1 }, state,
      violations: state === 'failed' ? [{ rule: 'RUN_STATUS_UNKNOWN', where: {}, observed: 1, expected: 2, message: 'm', severity: 'error' }] : [],
    });
    const meta = { startedAt: '2026-12-01T00:00:00.000Z', finishedAt: '2026-12-01T00:00:01.000Z', durationMs: 1000, target: 'emulator', mode: 'replay', shard: null, versions: { harness: '0.1.0', node: 'v22', sdk: '7.57.0' } };
    const runs = path.join(tmp, 'runs');
    writeReport(runs, buildReport([result('passed', path.join(tmp, 'monday/streaming/sample-run.har'))], { ...meta, runId: 'old' }), { latest: false });
    writeReport(runs, buildReport([result('failed', path.join(tmp, 'broken/streaming/sample-run.har'))], { ...meta, runId: 'new' }), { latest: false });
    const dir = path.join(tmp, 'out-runs');
    expect(await oaic('diff', path.join(runs, 'old'), path.join(runs, 'new'), '--out', dir)).toBe(1);
    const kinds = readDrift(dir).changes.map((ch) => ch.kind);
    expect(kinds).toEqual(expect.arrayContaining(['result-regressed', 'rule-violated', 'field-removed']));
    expect(readDrift(dir).scenarios[0]?.compared).toEqual(['results', 'behaviour']);
    // Two runs that name the same recording: only their results can be compared, and the report says so.
    writeReport(runs, buildReport([result('passed', path.join(tmp, 'monday/streaming/sample-run.har'))], { ...meta, runId: 'same' }), { latest: false });
    const same = path.join(tmp, 'out-same');
    expect(await oaic('diff', path.join(runs, 'old'), path.join(runs, 'same'), '--out', same)).toBe(0);
    expect(readDrift(same).scenarios[0]?.compared).toEqual(['results']);
    expect(readFileSync(path.join(same, 'drift.md'), 'utf8')).toContain('1 scenario(s): only the results were compared');
  });

  it('exits 2 on unreadable input, naming what to pass', async () => {
    const { err } = captureOutput();
    expect(await oaic('diff', path.join(tmp, 'nope'), path.join(tmp, 'friday'))).toBe(2);
    expect(err.join('')).toMatch(/INPUT_UNREADABLE: Failed to read .*nope: it does not exist\. Pass two recordings directories/);
    writeFileSync(path.join(tmp, 'bad.har'), '{"not":"har"}');
    expect(await oaic('diff', path.join(tmp, 'bad.har'), path.join(tmp, 'bad.har'))).toBe(2);
    expect(await oaic('diff', path.join(tmp, 'friday'))).toBe(2);
  });
});
