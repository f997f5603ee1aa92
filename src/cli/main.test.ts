import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';
import { captureOutput } from '../testing/capture-output.ts';

describe('oaic CLI', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('--help explains commands, exit codes and environment', async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--help'])).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/Exit codes: 0 all passed, 1 a scenario failed/);
    expect(text).toContain('OPENAI_API_KEY');
    for (const cmd of ['run', 'record', 'list', 'doctor', 'report', 'emulator']) expect(text).toContain(`  ${cmd}`);
  });

  it('usage errors exit 2', async () => {
    const { err } = captureOutput();
    expect(await main(['node', 'oaic', 'run', '--bogus'])).toBe(2);
    expect(err.join('')).toContain("unknown option '--bogus'");
  });

  it('an unknown scenario exits 2 with the list command', async () => {
    const { err } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'run', 'no-such.scenario'])).toBe(2);
    expect(err.join('')).toMatch(/SCENARIO_NOT_FOUND: Failed to find a scenario matching "no-such.scenario".*oaic -- list/);
  });

  it('an invalid combination exits 2 naming the flag', async () => {
    const { err } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'run', '--target', 'replay', '--mode', 'record'])).toBe(2);
    expect(err.join('')).toMatch(/Failed to combine --target replay with --mode record/);
  });

  it('a live target without a key exits 2 naming OPENAI_API_KEY, never a value', async () => {
    const saved = process.env['OPENAI_API_KEY'];
    delete process.env['OPENAI_API_KEY'];
    try {
      const { err } = captureOutput();
      expect(await main(['node', 'oaic', '--no-color', 'run', '--target', 'https://example.invalid/v1'])).toBe(2);
      expect(err.join('')).toMatch(/no API key\. Set OPENAI_API_KEY/);
    } finally {
      if (saved !== undefined) process.env['OPENAI_API_KEY'] = saved;
    }
  });
});
