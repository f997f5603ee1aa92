/**
 * Replay throughput: HTTP interactions replayed per second through the SDK and the whole harness
 * chain (runScenario: recording session → observer → SDK client → checks). A scenario of
 * `interactions` SDK calls is recorded once from an in-process emulator into a temp directory,
 * then replayed back to back for `seconds`. Target (issue 2): at least 500 interactions/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../config/resolve.ts';
import { REPLAY_BASE_URL } from '../config/resolve.ts';
import { startEmulator } from '../emulator/server.ts';
import { runScenario } from '../runner/run-scenario.ts';
import { loadSdk } from '../runner/sdk.ts';
import { defineScenario } from '../scenario/define.ts';
import type { ScenarioContext } from '../scenario/types.ts';

export interface ReplayResult {
  interactions: number;
  runs: number;
  seconds: number;
  perSecond: number;
  /** Interactions per second of this process's CPU time: comparable on a loaded, shared machine. */
  perCpuSecond: number;
}

/** The SDK calls one scenario run makes, round-robin; extend as the emulator grows. */
export const REPLAY_MIX: readonly ((ctx: ScenarioContext, i: number) => Promise<unknown>)[] = [
  (ctx) => ctx.client.models.list(),
  (ctx) => ctx.client.models.retrieve('gpt-4o-mini'),
  (ctx) => ctx.client.models.retrieve('gpt-4o'),
];

export async function measureReplay(interactions = 60, seconds = 3): Promise<ReplayResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oaic-bench-'));
  const scenario = defineScenario({
    id: 'streaming.bench-replay',
    title: 'bench',
    api: 'responses',
    checks: [{ id: 'none', description: 'no check', run: () => [] }],
    run: async (ctx) => {
      for (let i = 0; i < interactions; i++) await REPLAY_MIX[i % REPLAY_MIX.length]!(ctx, i);
    },
  });
  const sdk = await loadSdk();
  const options = { recordingsDir: path.join(dir, 'recordings'), reportsDir: path.join(dir, 'reports') };
  try {
    const emu = await startEmulator();
    try {
      const recorded = await runScenario({ scenario, config: resolveConfig({ ...options, target: 'emulator', mode: 'record' }, {}, dir), baseURL: emu.baseURL, sdk });
      if (recorded.state !== 'passed') throw new Error(`bench recording did not pass: ${recorded.state}`);
    } finally {
      await emu.close();
    }
    const config = resolveConfig({ ...options, target: 'replay' }, {}, dir);
    let count = 0;
    let runs = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const deadline = started + seconds * 1000;
    while (performance.now() < deadline) {
      const r = await runScenario({ scenario, config, baseURL: REPLAY_BASE_URL, sdk });
      if (r.state !== 'passed') throw new Error(`bench replay did not pass: ${r.state === 'errored' ? r.error.message : r.state}`);
      count += r.stats.exchanges;
      runs++;
    }
    const elapsed = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return { interactions: count, runs, seconds: elapsed, perSecond: count / elapsed, perCpuSecond: count / ((used.user + used.system) / 1e6) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
