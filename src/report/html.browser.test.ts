/**
 * Opens a rendered report.html in a real browser (Debian's Chromium through playwright-core) and
 * uses it: the summary renders, no request leaves the page, and the filter buttons work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { violation } from '../checks/violation.ts';
import type { ScenarioResult } from '../scenario/types.ts';
import { buildReport } from './model.ts';
import { writeReport } from './write.ts';
import { CHROMIUM, CHROMIUM_SKIP_NOTE, launchChromium, openFile } from '../testing/chromium.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const result = (id: string, state: 'passed' | 'failed'): ScenarioResult => ({
  id, title: id, area: 'streaming', apis: ['responses'], tags: [], target: 'emulator', mode: 'live', sdk: { name: 'openai', version: '7.57.0' },
  recording: null, durationMs: 5, command: `npm run oaic -- run ${id} --target emulator`, annotations: {}, stats: { exchanges: 1, events: 2 },
  state, violations: state === 'failed' ? [violation('RSP_TERMINAL_COUNT', { exchange: 0 }, 0, 1, 'no terminal event')] : [],
});

describe.skipIf(!CHROMIUM)(`report.html in a real browser${CHROMIUM_SKIP_NOTE}`, () => {
  it('renders, stays offline and filters', async () => {
    const report = buildReport([result('streaming.one', 'passed'), result('streaming.two', 'failed'), result('streaming.three', 'passed')], {
      runId: 'browser', startedAt: '2026-11-24T10:00:00.000Z', finishedAt: '2026-11-24T10:00:01.000Z', durationMs: 1000, target: 'emulator', mode: 'live', shard: null, versions: { harness: '0.1.0', node: 'v22', sdk: '7.57.0' },
    });
    const out = writeReport(dir, report, { latest: false });
    const browser = await launchChromium();
    try {
      const { page, external } = await openFile(browser, path.join(out, 'report.html'));
      expect(await page.locator('h1').innerText()).toContain('1 not passing');
      expect(await page.locator('details[data-state]').count()).toBe(3);
      await page.click('button[data-filter="failed"]');
      expect(await page.locator('#shown').innerText()).toBe('1');
      expect(await page.locator('details[data-state]:visible summary').innerText()).toContain('streaming.two');
      await page.click('button[data-filter="all"]');
      expect(await page.locator('#shown').innerText()).toBe('3');
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
