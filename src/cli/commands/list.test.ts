import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const ID = 'known-issues.ki-02-final-run-not-received';
const dir = mkdtempSync(path.join(tmpdir(), 'oaic-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function listJson(recordingsDir: string) {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  expect(await main(['node', 'oaic', '--json', 'list', ID, '--recordings-dir', recordingsDir])).toBe(0);
  vi.restoreAllMocks();
  const parsed = JSON.parse(out.join('')) as { scenarios: { id: string; sdks: string[]; recordings: Record<string, boolean>; recordingCounts: Record<string, number> }[] };
  return parsed.scenarios[0]!;
}

describe('oaic list', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts one recording per SDK for a scenario over the SDK matrix, and notices a missing one', async () => {
    cpSync(path.join(PROJECT_ROOT, 'recordings', 'emulator', 'known-issues'), path.join(dir, 'emulator', 'known-issues'), { recursive: true });
    const full = await listJson(dir);
    expect(full.sdks.length).toBeGreaterThan(1);
    expect(full.recordingCounts['emulator']).toBe(full.sdks.length);
    expect(full.recordings['emulator']).toBe(true);
    rmSync(path.join(dir, 'emulator', 'known-issues', `ki-02-final-run-not-received@${full.sdks.find((s) => s !== 'openai')}.har`));
    const partial = await listJson(dir);
    expect(partial.recordingCounts['emulator']).toBe(full.sdks.length - 1);
    expect(partial.recordings['emulator']).toBe(false);
  });
});
