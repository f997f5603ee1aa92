import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../checks/check.ts';
import { HARNESS_ROOT } from '../cli/project-root.ts';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { runScenario } from '../runner/run-scenario.ts';
import { loadSdk } from '../runner/sdk.ts';
import { defineScenario } from '../scenario/define.ts';
import { configFor, snapshotDir, tempProject } from './testing.ts';

const ID = 'run-states.killed-record';
const src = (p: string) => JSON.stringify(pathToFileURL(path.join(HARNESS_ROOT, 'src', p)).href);

/** A record run of the same scenario that stops half-way (after one request) and waits to be killed. */
const childScript = (dir: string) => `
import { startEmulator } from ${src('emulator/server.ts')};
import { runScenario } from ${src('runner/run-scenario.ts')};
import { loadSdk } from ${src('runner/sdk.ts')};
import { defineScenario } from ${src('scenario/define.ts')};
import { configFor } from ${src('recording/testing.ts')};
const emu = await startEmulator();
const scenario = defineScenario({ id: ${JSON.stringify(ID)}, title: 'k', api: 'assistants', checks: [{ id: 'none', description: '', run: () => [] }], run: async (ctx) => {
  await ctx.client.models.list();
  await ctx.client.models.retrieve('gpt-4o');
  process.stdout.write('HALFWAY\\n');
  await new Promise(() => {});
} });
await runScenario({ scenario, config: configFor(${JSON.stringify(dir)}, { target: 'emulator', mode: 'record' }), baseURL: emu.baseURL, sdk: await loadSdk() });
`;

describe('a record run killed half-way', () => {
  let emu: EmulatorHandle;
  const project = tempProject();
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(async () => {
    await emu.close();
    project.cleanup();
  });

  it('leaves recordings/ exactly as it was', { timeout: 120_000 }, async () => {
    const scenario = defineScenario({ id: ID, title: 'k', api: 'assistants', checks: [defineCheck({ id: 'none', description: '', run: () => [] })], run: async (ctx) => void (await ctx.client.models.list()) });
    const first = await runScenario({ scenario, config: configFor(project.dir, { target: 'emulator', mode: 'record' }), baseURL: emu.baseURL, sdk: await loadSdk() });
    expect(first.state).toBe('passed');
    const before = snapshotDir(project.recordings);
    expect(Object.keys(before)).toEqual(['emulator/run-states/killed-record.har']);

    const script = path.join(project.dir, 'child.mts');
    writeFileSync(script, childScript(project.dir));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: HARNESS_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const halfway = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('HALFWAY') && resolve(true));
      child.once('exit', () => resolve(false));
    });
    expect(halfway, err).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(snapshotDir(project.recordings)).toEqual(before);
  });
});
