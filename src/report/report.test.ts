import { describe, expect, it } from 'vitest';
import { violation } from '../checks/violation.ts';
import type { ScenarioResult } from '../scenario/types.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { buildReport, mergeReports, type RunReport } from './model.ts';

const base = (id: string): Omit<ScenarioResult, 'state' | 'violations'> => ({
  id,
  title: `title of ${id}`,
  area: id.split('.')[0] as ScenarioResult['area'],
  apis: ['assistants'],
  tags: [],
  target: 'emulator',
  mode: 'live',
  sdk: { name: 'openai', version: '7.57.0' },
  recording: null,
  durationMs: 12,
  command: `npm run oaic -- run ${id} --target emulator --mode live`,
  annotations: {},
  stats: { exchanges: 3, events: 10 },
});

const results: ScenarioResult[] = [
  { ...base('streaming.ok'), state: 'passed', violations: [violation('SHAPE_EXTRA_FIELD', { path: '/x' }, 1, null, 'extra', 'info')] },
  { ...base('streaming.bad'), state: 'failed', violations: [violation('AST_NO_TERMINAL', { exchange: 2, event: 7 }, 'x', 'y', 'stream ended <script>alert(1)</script> without a terminal event')] },
  { ...base('run-states.gone'), state: 'skipped', reason: 'the target no longer serves the Assistants API', violations: [] },
  { ...base('run-states.missing'), state: 'errored', error: { code: 'RECORDING_MISSING', message: 'Failed to replay POST /v1/threads & co' }, violations: [] },
];

const meta = { runId: 'r1', startedAt: '2026-11-24T10:00:00.000Z', finishedAt: '2026-11-24T10:00:05.000Z', durationMs: 5000, target: 'emulator', mode: 'live', shard: null, versions: { harness: '0.1.0', node: 'v22', sdk: '7.57.0' } };

describe('reports', () => {
  const report: RunReport = buildReport(results, meta);

  it('counts per state, per area and per rule', () => {
    expect(report.totals).toEqual({ total: 4, passed: 1, failed: 1, skipped: 1, errored: 1 });
    expect(report.byArea['streaming']).toEqual({ passed: 1, failed: 1, skipped: 0, errored: 0 });
    expect(report.byRule).toEqual([
      { rule: 'AST_NO_TERMINAL', failing: 1, info: 0, scenarios: ['streaming.bad'] },
      { rule: 'SHAPE_EXTRA_FIELD', failing: 0, info: 1, scenarios: ['streaming.ok'] },
    ]);
  });

  it('markdown names failures with their rule and reproduce command', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('2 not passing');
    expect(md).toContain('`AST_NO_TERMINAL`');
    expect(md).toContain('Reproduce: `npm run oaic -- run streaming.bad --target emulator --mode live`');
  });

  it('junit has one failure, one error, one skipped, escaped', () => {
    const xml = renderJunit(report);
    expect(xml).toMatch(/<testsuites [^>]*tests="4" failures="1" errors="1" skipped="1"/);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).toContain('threads &amp; co');
    expect(xml).not.toContain('<script>');
  });

  it('html is self-contained and escapes everything', () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('npm run oaic -- run streaming.bad --target emulator --mode live');
  });

  it('merges shard reports', () => {
    const a = buildReport(results.slice(0, 2), { ...meta, shard: '1/2' });
    const b = buildReport(results.slice(2), { ...meta, shard: '2/2', finishedAt: '2026-11-24T10:00:09.000Z' });
    const merged = mergeReports([a, b]);
    expect(merged.totals).toEqual(report.totals);
    expect(merged.durationMs).toBe(9000);
    expect(merged.shard).toBeNull();
  });
});
