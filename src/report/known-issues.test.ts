import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../scenario/types.ts';
import { renderKnownIssuesHtml, renderKnownIssuesMarkdown } from './known-issues.ts';
import { renderMarkdown } from './markdown.ts';
import { buildReport } from './model.ts';

const result = (version: string, annotations: Record<string, unknown>): ScenarioResult => ({
  id: 'known-issues.lr-02-named-error-event', title: 'LR-02', area: 'known-issues', apis: ['assistants'], tags: [], target: 'emulator', mode: 'live',
  sdk: { name: `openai-v${version}`, version }, recording: null, durationMs: 2, command: 'x', annotations, stats: { exchanges: 1, events: 3 }, state: 'passed', violations: [],
});
const obs = (sdk: string, verdict: string, expected: string, drift = false) => ({ 'known-issue:LR-02.flat-error-frame': { facet: 'LR-02.flat-error-frame', issue: 'LR-02', sdk, reproduced: verdict === 'reproduces', expected, verdict, drift, regression: false } });

describe('known-issues report section', () => {
  const report = buildReport([result('6.16.0', obs('6.16.0', 'reproduces', 'reproduces')), result('7.6.0', obs('7.6.0', 'fixed', 'fixed')), result('5.10.3', obs('5.10.3', 'no-longer-reproduces', 'reproduces', true))], {
    runId: 'r', startedAt: '2026-12-01T00:00:00.000Z', finishedAt: '2026-12-01T00:00:01.000Z', durationMs: 1000, target: 'emulator', mode: 'live', shard: null, versions: { harness: '0', node: 'v22', sdk: '7.57.0' },
  });
  it('has a row per observed facet with a column per SDK version that ran, the fix and the source', () => {
    const md = renderKnownIssuesMarkdown(report);
    expect(md).toContain('## Known issues');
    expect(md).toContain('| facet | side | seed claim | 5.10.3 | 6.16.0 | 7.6.0 | fixed in | source |');
    expect(md).toContain('| LR-02.flat-error-frame | sdk | new | NLR~ | R | F | 7.6.0 | [LR-02](https://github.com/openai/openai-node/commit/ca938d6b) |');
    expect(md).toContain('- drift: LR-02.flat-error-frame on 5.10.3 is no-longer-reproduces; the catalogue expected reproduces.');
  });
  it('is part of report.md and empty without observations', () => {
    expect(renderMarkdown(report)).toContain('## Known issues');
    expect(renderKnownIssuesMarkdown({ scenarios: [] })).toBe('');
    expect(renderKnownIssuesHtml({ scenarios: [] })).toBe('');
  });
  it('renders escaped HTML with the drift cell marked', () => {
    const html = renderKnownIssuesHtml(report);
    expect(html).toContain('<h2>Known issues</h2>');
    expect(html).toContain('class="skipped" title="no-longer-reproduces (expected reproduces)">NLR~</td>');
  });
});
