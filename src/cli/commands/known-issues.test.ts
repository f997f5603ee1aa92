import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../report/model.ts';
import type { ScenarioResult } from '../../scenario/types.ts';
import { main } from '../main.ts';
import { captureOutput } from '../../testing/capture-output.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-ki-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reportWith(observation: Record<string, unknown>, version: string): string {
  const result: ScenarioResult = {
    id: 'known-issues.ki-02-final-run-not-received', title: 'KI-02', area: 'known-issues', apis: ['assistants'], tags: [], target: 'emulator', mode: 'live',
    sdk: { name: `openai-v${version}`, version }, recording: null, durationMs: 3, command: 'npm run oaic -- run known-issues.ki-02-final-run-not-received --target emulator',
    annotations: { 'known-issue:KI-02.incomplete': observation }, stats: { exchanges: 1, events: 4 }, state: 'passed', violations: [],
  };
  const report = buildReport([result], { runId: 'ki', startedAt: '2026-12-01T00:00:00.000Z', finishedAt: '2026-12-01T00:00:01.000Z', durationMs: 1000, target: 'emulator', mode: 'live', shard: null, versions: { harness: '0.1.0', node: 'v22', sdk: '7.57.0' } });
  const file = path.join(dir, `report-${version}.json`);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

describe('oaic known-issues', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('--expected prints every facet with one column per installed SDK version', async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'known-issues', '--expected'])).toBe(0);
    const text = out.join('');
    for (const v of ['4.52.4', '5.1.1', '6.16.0', '7.6.0']) expect(text).toContain(v);
    expect(text).toMatch(/KI-02\.incomplete\s+sdk\s+r\s+r\s+r\s+r\s+f/);
    expect(text).toMatch(/LR-02\.flat-error-frame\s+sdk(\s+–){5}\s+r\s+r\s+r\s+f\s+f\s+7\.6\.0/);
  });

  it('--json gives rows with cells, fix versions and sources', async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--json', 'known-issues', '--expected', '--only', 'KI-05'])).toBe(0);
    const body = JSON.parse(out.join('')) as { rows: { facet: string; source: string; cells: { version: string; expected: string }[] }[] };
    expect(body.rows.map((r) => r.facet)).toEqual(['KI-05.array-argument']);
    expect(body.rows[0]!.source).toBe('https://github.com/openai/openai-node/issues/1337');
    expect(body.rows[0]!.cells.every((c) => c.expected === 'reproduces')).toBe(true);
  });

  it('--from shows observed drift and exits 0', async () => {
    const file = reportWith({ facet: 'KI-02.incomplete', issue: 'KI-02', sdk: '4.91.0', reproduced: false, expected: 'reproduces', verdict: 'no-longer-reproduces', drift: true, regression: false }, '4.91.0');
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'known-issues', '--from', file, '--only', 'KI-02.incomplete'])).toBe(0);
    expect(out.join('')).toContain('KI-02.incomplete on 4.91.0: no-longer-reproduces (catalogue: reproduces)');
    expect(out.join('')).toMatch(/NLR~/);
  });

  it('--from with a regression exits 1', async () => {
    const file = reportWith({ facet: 'KI-02.incomplete', issue: 'KI-02', sdk: '6.16.0', reproduced: true, expected: 'fixed', verdict: 'reproduces', drift: true, regression: true }, '6.16.0');
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'known-issues', '--from', file])).toBe(1);
    expect(out.join('')).toContain('Regressions (a fixed issue reproduces):\n  KI-02.incomplete on 6.16.0');
  });

  it('an unreadable report exits 2', async () => {
    const { err } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'known-issues', '--from', path.join(dir, 'nope.json')])).toBe(2);
    expect(err.join('')).toMatch(/Failed to read the report/);
  });
});
