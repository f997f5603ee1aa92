import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAULTS } from '../../emulator/faults.ts';
import { main } from '../main.ts';
import { captureOutput } from '../../testing/capture-output.ts';

describe('oaic emulator fault switches', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('--list-faults prints every fault switch with what it reproduces', async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'emulator', '--list-faults'])).toBe(0);
    const text = out.join('');
    expect(Object.keys(FAULTS).length).toBeGreaterThan(5);
    for (const name of Object.keys(FAULTS)) expect(text).toContain(name);
  });

  it('an unknown --fault is a usage error that names the flag to list them', async () => {
    const { err } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'emulator', '--port', '0', '--fault', 'no-such-fault'])).toBe(2);
    expect(err.join('')).toMatch(/Failed to start the emulator: unknown fault switch "no-such-fault".*--list-faults/);
  });
});
