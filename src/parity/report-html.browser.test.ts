/**
 * Opens parity.html in a real browser (Debian's Chromium through playwright-core): it renders,
 * logs no console error, loads nothing from elsewhere, and both filters work. Keeps a
 * screenshot as a test artifact in reports/artifacts/parity-html.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildParityReport } from './report-model.ts';
import { sampleResults } from './report-fixtures.ts';
import { writeParityReport } from './report-write.ts';
import { CHROMIUM, CHROMIUM_SKIP_NOTE, launchChromium, openFile } from '../testing/chromium.ts';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../reports/artifacts');
const dir = mkdtempSync(path.join(tmpdir(), 'oaic-parity-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!CHROMIUM)(`parity.html in a real browser${CHROMIUM_SKIP_NOTE}`, () => {
  it('renders, logs no errors, stays offline, and filters by state and feature', async () => {
    const out = writeParityReport(dir, buildParityReport(sampleResults(), { runId: 'browser', target: 'emulator', profile: 'emulator' }));
    const browser = await launchChromium();
    try {
      const { page, external, errors } = await openFile(browser, path.join(out, 'parity.html'));
      expect(await page.locator('h1').innerText()).toContain('1 of 2 not at parity');
      expect(await page.locator('details[data-state]').count()).toBe(2);
      expect(await page.locator('#shown').innerText()).toBe('2');
      await page.click('button[data-filter="failed"]');
      expect(await page.locator('#shown').innerText()).toBe('1');
      expect(await page.locator('details[data-state]:visible summary').innerText()).toContain('parity.other');
      await page.click('button[data-filter="all"]');
      await page.selectOption('#feature', 'text');
      expect(await page.locator('#shown').innerText()).toBe('1');
      expect(await page.locator('details[data-state]:visible summary').innerText()).toContain('parity.same');
      await page.click('button[data-filter="failed"]');
      expect(await page.locator('#shown').innerText()).toBe('0');
      await page.click('button[data-filter="all"]');
      await page.selectOption('#feature', 'all');
      expect(await page.locator('#shown').innerText()).toBe('2');
      expect(await page.locator('h2', { hasText: 'Mapping' }).count()).toBe(1);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'parity-html.png'), fullPage: true });
      expect(existsSync(path.join(ARTIFACTS, 'parity-html.png'))).toBe(true);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
