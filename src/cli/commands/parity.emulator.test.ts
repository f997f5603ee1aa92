import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.ts';
import { captureText } from '../../testing/capture-output.ts';

describe('oaic parity', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('runs parity scenarios against the emulator and writes parity.{json,md,html}', async () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'oaic-parity-cli-'));
    const io = captureText();
    const code = await main(['node', 'oaic', '--no-color', 'parity', 'parity.plain-answer', 'parity.function-call', '--reports-dir', reports, '--run-id', 'cli']);
    expect(io.out()).toMatch(/✓ \[\d\/2\] parity\.function-call finalText:identical toolCalls:identical/);
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(reports, 'cli', 'parity.json'), 'utf8')) as { totals: unknown; byFeature: Record<string, unknown> };
    expect(json.totals).toEqual({ scenarios: 2, passed: 2, failed: 0 });
    expect(Object.keys(json.byFeature).sort()).toEqual(['function-calling', 'text']);
    expect(readFileSync(path.join(reports, 'cli', 'parity.md'), 'utf8')).toContain('## What a migrating team must change');
    expect(readFileSync(path.join(reports, 'cli', 'parity.html'), 'utf8')).toContain('<h2>Mapping: Assistants → Responses</h2>');
  });

  it('refuses the replay target and unknown scenarios with exit 2', async () => {
    let io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'parity', '--target', 'replay'])).toBe(2);
    expect(io.err()).toMatch(/against the replay target/);
    vi.restoreAllMocks();
    io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'parity', 'parity.nope'])).toBe(2);
    expect(io.err()).toMatch(/SCENARIO_NOT_FOUND/);
  });
});
