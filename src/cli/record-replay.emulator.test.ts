/**
 * End to end through the real CLI on a temp project (OAIC_PROJECT_ROOT): `oaic list` shows no
 * recording, `oaic record <id>` writes one from the emulator, `oaic list` shows it, `oaic run <id>`
 * replays it, and after deleting it `oaic run --target replay` exits 1 with the RECORDING_MISSING
 * message (never "Connection error", never a header value).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../recording/testing.ts';
import { HARNESS_ROOT } from './project-root.ts';

const ID = 'streaming.cli-roundtrip';
const abs = (p: string) => path.join(HARNESS_ROOT, p);
const url = (p: string) => JSON.stringify(pathToFileURL(abs(p)).href);

function writeProject(dir: string): void {
  symlinkSync(abs('node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'oaic-e2e', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'vitest.config.mjs'),
    `export default { test: { projects: [{ test: { name: 'scenarios', include: ['suites/**/*.scenario.ts'], setupFiles: [${JSON.stringify(abs('src/runner/scenario-setup.ts'))}], globalSetup: [${JSON.stringify(abs('src/runner/global-setup.ts'))}], testTimeout: 120000 } }] } };\n`,
  );
  mkdirSync(path.join(dir, 'suites', 'streaming'), { recursive: true });
  writeFileSync(
    path.join(dir, 'suites', 'streaming', 'cli-roundtrip.scenario.ts'),
    `import { defineScenario } from ${url('src/scenario/define.ts')};
import { defineCheck } from ${url('src/checks/check.ts')};
export default defineScenario({
  id: ${JSON.stringify(ID)}, title: 'record then replay through the CLI', api: 'responses', tags: ['e2e'],
  checks: [defineCheck({ id: 'ok', description: 'every exchange answered 2xx or 404', run: (t) => t.exchanges.filter((x) => x.status !== 200 && x.status !== 404).map((x) => ({ rule: 'E2E_STATUS', where: { exchange: x.index }, observed: x.status, expected: 200, message: 'unexpected status', severity: 'error' })) })],
  run: async (ctx) => {
    await ctx.step('list', () => ctx.client.models.list());
    await ctx.step('retrieve', () => ctx.client.models.retrieve('gpt-4o-mini'));
    await ctx.expectError('missing', () => ctx.client.models.retrieve('nope'), { status: 404 });
  },
});
`,
  );
}

function oaic(dir: string, args: string[]): Promise<{ code: number | null; out: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'OAIC_RESOLVED_CONFIG' && k !== 'OPENAI_API_KEY'));
  const child = spawn(process.execPath, [abs('bin/oaic.mjs'), '--no-color', ...args], { cwd: dir, env: { ...env, OAIC_PROJECT_ROOT: dir, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

describe('oaic record then oaic run (replay), through the CLI', () => {
  const project = tempProject();
  const file = path.join(project.dir, 'recordings', 'emulator', 'streaming', 'cli-roundtrip.har');
  beforeAll(() => writeProject(project.dir));
  afterAll(() => project.cleanup());

  it('records, lists, replays, and fails clearly once the recording is gone', { timeout: 180_000 }, async () => {
    const recorded = await oaic(project.dir, ['record', ID]);
    expect(recorded.code, recorded.out).toBe(0);
    expect(recorded.out).toContain('recording: new recording written (recordings/emulator/streaming/cli-roundtrip.har)');
    expect(existsSync(file)).toBe(true);

    const listed = await oaic(project.dir, ['--json', 'list']);
    expect(listed.code, listed.out).toBe(0);
    const list = JSON.parse(listed.out.slice(listed.out.indexOf('{'))) as { targets: string[]; scenarios: { id: string; recordings: Record<string, boolean> }[] };
    expect(list.targets).toEqual(['emulator']);
    expect(list.scenarios).toMatchObject([{ id: ID, recordings: { emulator: true } }]);

    const replayed = await oaic(project.dir, ['run', ID]);
    expect(replayed.code, replayed.out).toBe(0);
    expect(replayed.out).toMatch(/oaic replay against replay:emulator/);
    expect(replayed.out).toMatch(/1 passed, 0 failed, 0 errored, 0 skipped of 1/);

    rmSync(file);
    const missing = await oaic(project.dir, ['run', '--target', 'replay', ID]);
    expect(missing.code, missing.out).toBe(1);
    expect(missing.out).toContain(
      'RECORDING_MISSING: Failed to replay GET /v1/models for scenario streaming.cli-roundtrip: there is no recording recordings/emulator/streaming/cli-roundtrip.har. Record it with `npm run oaic -- record streaming.cli-roundtrip`',
    );
    expect(missing.out).not.toMatch(/Connection error|Bearer|oaic-replay-no-key|Errored ➞|x-stainless/);
    const relisted = await oaic(project.dir, ['--json', 'list']);
    expect((JSON.parse(relisted.out.slice(relisted.out.indexOf('{'))) as typeof list).scenarios[0]?.recordings).toEqual({ emulator: false });
  });
});
