/**
 * Test-only: captures what a CLI command writes to stdout and stderr (vitest spies; restore them
 * with `vi.restoreAllMocks()` in afterEach).
 */
import { vi } from 'vitest';

export function captureOutput(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

/** The same, read as joined text. */
export function captureText(): { out: () => string; err: () => string } {
  const { out, err } = captureOutput();
  return { out: () => out.join(''), err: () => err.join('') };
}
