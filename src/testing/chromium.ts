/**
 * Test-only: Debian's Chromium for the browser tests (`*.browser.test.ts`), driven by
 * playwright-core. `.ci/run` installs the package; elsewhere the tests skip and say how to get it.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM: string | undefined = process.env['OAIC_CHROMIUM'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** The describe-title suffix that says why the browser tests were skipped. */
export const CHROMIUM_SKIP_NOTE = CHROMIUM ? '' : ' (skipped: no Chromium found; install Debian package chromium or set OAIC_CHROMIUM)';

/** Headless, no sandbox (CI runs as root), no background traffic (the network is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}

/**
 * Opens a local file in a new page and records what a self-contained page must not do: requests
 * that leave `file:` and console or page errors.
 */
export async function openFile(browser: Browser, file: string): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  return { page, external, errors };
}
