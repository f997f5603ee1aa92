import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderParityHtml } from './report-html.ts';
import { renderParityMarkdown } from './report-md.ts';
import { buildParityReport } from './report-model.ts';
import { sampleResults } from './report-fixtures.ts';
import { writeParityReport } from './report-write.ts';

const report = () => buildParityReport(sampleResults(), { runId: 'r1', target: 'emulator', profile: 'emulator', now: new Date('2026-12-01T06:00:00Z') });

describe('parity report', () => {
  it('counts per feature and per dimension, picks the mapping rows and lists what to change', () => {
    const r = report();
    expect(r.totals).toEqual({ scenarios: 2, passed: 1, failed: 1 });
    expect(r.byFeature).toEqual({ text: { scenarios: ['parity.same'], passed: 1, failed: 0 }, 'function-calling': { scenarios: ['parity.other'], passed: 0, failed: 1 } });
    expect(r.byDimension.finalText).toEqual({ identical: 1, equivalent: 0, different: 1, no_counterpart: 0 });
    expect(r.mapping.some((m) => m.from.startsWith('Run steps: function'))).toBe(true);
    expect(r.mapping.some((m) => m.from.startsWith('Run steps: file_search'))).toBe(false);
    expect(r.changes).toContain('parity.other: finalText is different (the texts differ)');
    expect(r.changes).toContain('parity.other: finalStatus is no counterpart (a run can be expired; a response cannot)');
  });
  it('renders markdown and self-contained, escaped HTML; writes the three files', () => {
    const r = report();
    expect(renderParityMarkdown(r)).toMatch(/# oaic parity: 1 of 2 not at parity[\s\S]*\| finalText \| 1 \| 0 \| 1 \| 0 \|[\s\S]*## What a migrating team must change/);
    const html = renderParityHtml(r);
    expect(html).toContain('Same answer &lt;b&gt;escaped&lt;/b&gt;');
    expect(html).not.toMatch(/<(link|img)\b|src=|href="http/);
    const dir = writeParityReport(mkdtempSync(path.join(tmpdir(), 'oaic-parity-')), r);
    expect(JSON.parse(readFileSync(path.join(dir, 'parity.json'), 'utf8'))).toMatchObject({ schema: 'oaic.parity/1', totals: { failed: 1 } });
    expect(readFileSync(path.join(dir, 'parity.html'), 'utf8')).toBe(html);
  });
});
