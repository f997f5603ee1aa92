/**
 * Test-only: Debian's Chromium for the browser tests (`*.browser.test.ts`), driven by
 * playwright-core. `.ci/run` installs the package; elsewhere the tests skip and say how to get it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM: string | undefined = process.env['OAIC_CHROMIUM'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** The describe-title suffix that says why the browser tests were skipped. */
export const CHROMIUM_SKIP_NOTE = CHROMIUM ? '' : ' (skipped: no Chromium found; install Debian package chromium or set OAIC_CHROMIUM)';

/** Headless, no sandbox (CI runs as root), no background traffic (the network is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}
