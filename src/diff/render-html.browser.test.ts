/**
 * Opens a rendered drift.html in a real browser (Debian's Chromium through playwright-core): the
 * headline and counts render, no request leaves the page, and the class filters work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { sampleRun } from '../testing/sample-run.ts';
import { diffSides } from './drift.ts';
import type { DiffSide } from './load.ts';
import { writeDrift } from './write.ts';
import { CHROMIUM, CHROMIUM_SKIP_NOTE, launchChromium, openFile } from '../testing/chromium.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-drift-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const side = (input: string, har: ReturnType<typeof sampleRun>): DiffSide => ({ input, kind: 'recordings', traffic: new Map([['streaming.sample-run', harToTraffic(har, input)]]), results: new Map() });

describe.skipIf(!CHROMIUM)(`drift.html in a real browser${CHROMIUM_SKIP_NOTE}`, () => {
  it('renders, stays offline and filters by class', async () => {
    const report = diffSides(side('old', sampleRun({ seed: 'a', polls: 1 })), side('new', sampleRun({ seed: 'b', polls: 3, plant: { removeRunField: 'usage', addRunField: 'truncation_strategy' } })));
    writeDrift(dir, report);
    const browser = await launchChromium();
    try {
      const { page, external } = await openFile(browser, path.join(dir, 'drift.html'));
      expect(await page.locator('h1').innerText()).toContain('1 breaking change(s) in 1 scenario(s)');
      const total = report.changes.length;
      expect(await page.locator('tr[data-class]').count()).toBe(total);
      await page.click('button[data-filter="breaking"]');
      expect(await page.locator('#shown').innerText()).toBe('1');
      expect(await page.locator('tr[data-class]:visible').innerText()).toContain('field usage removed');
      await page.click('button[data-filter="additive"]');
      expect(await page.locator('tr[data-class]:visible').innerText()).toContain('truncation_strategy');
      await page.click('button[data-filter="all"]');
      expect(await page.locator('#shown').innerText()).toBe(String(total));
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
