import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../checks/check.ts';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { configFor, snapshotDir, tempProject } from '../recording/testing.ts';
import { defineScenario } from '../scenario/define.ts';
import type { HarLog } from '../traffic/har.ts';
import { runScenario } from './run-scenario.ts';
import { loadSdk } from './sdk.ts';

const scenario = defineScenario({
  id: 'run-states.retried',
  title: 'a run that meets 429, 500 and a dropped connection',
  api: 'assistants',
  checks: [defineCheck({ id: 'none', description: 'no check', run: () => [] })],
  run: async (ctx) => {
    const models = await ctx.step('list models', () => ctx.client.models.list());
    ctx.expect(models.data.length > 0, { message: 'models listed' });
  },
});

describe('live runs against the emulator with injected transport faults', () => {
  let emu: EmulatorHandle;
  const project = tempProject();
  beforeAll(async () => {
    emu = await startEmulator({ faults: ['http-429-once', 'http-500-once', 'drop-connection-once'] });
  });
  afterAll(async () => {
    await emu.close();
    project.cleanup();
  });

  const run = async (mode: 'live' | 'record', key: string) => {
    const config = configFor(project.dir, { target: emu.baseURL, mode, retries: 3 }, { OPENAI_API_KEY: key });
    const started = performance.now();
    const result = await runScenario({ scenario, config, baseURL: emu.baseURL, sdk: await loadSdk() });
    return { result, config, ms: performance.now() - started, served: emu.store.namespace(key).requests };
  };

  it('completes with retries, honouring retry-after, and writes nothing in live mode', { timeout: 60_000 }, async () => {
    const { result, ms, served } = await run('live', 'key-live');
    expect(result.state).toBe('passed');
    expect(served).toBe(4); // 429, 500, dropped, then the answer
    expect(ms).toBeGreaterThanOrEqual(1_000); // retry-after: 1 was waited for
    expect(result.traffic.exchanges.map((x) => x.status)).toEqual([200]); // retries happen below the observer
    expect(snapshotDir(project.recordings)).toEqual({});
  });

  it('records only the answer that counted', { timeout: 60_000 }, async () => {
    const { result, config, served } = await run('record', 'key-record');
    expect(result.state).toBe('passed');
    expect(served).toBe(4);
    const har = JSON.parse(readFileSync(path.join(config.recordingsDir, config.recordingsTarget, 'run-states', 'retried.har'), 'utf8')) as HarLog;
    expect(har.log.entries.map((e) => e.response.status)).toEqual([200]);
  });

  it('without retries the first fault fails the scenario', async () => {
    const config = configFor(project.dir, { target: emu.baseURL, mode: 'live', retries: 0 }, { OPENAI_API_KEY: 'key-none' });
    const result = await runScenario({ scenario, config, baseURL: emu.baseURL, sdk: await loadSdk() });
    expect(result.state).toBe('failed');
    expect(result.violations[0]?.message).toMatch(/429/);
  });
});
