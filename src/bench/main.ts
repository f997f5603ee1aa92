/**
 * `npm run bench`: the performance targets of issue 2, measured (never asserted in timed tests).
 * - replay throughput: replayed HTTP interactions per second through the SDK (target ≥ 500/s)
 * - emulator: JSON requests per second on loopback (target ≥ 2,000/s)
 */
import { EMULATOR_MIX, measureRps, processCpuSeconds, servedMix, startEmulatorProcess } from './emulator-rps.ts';
import { loadavg } from 'node:os';
import { measureReplay } from './replay-throughput.ts';

const line = (name: string, value: number, unit: string, target: number) =>
  `${name.padEnd(34)} ${value.toFixed(0).padStart(7)} ${unit.padEnd(16)} target ≥ ${target} ${value >= target ? 'MET' : 'NOT MET'}`;

export async function main(): Promise<number> {
  const results: string[] = [];
  const replay = await measureReplay();
  results.push(line('replay (SDK, interactions/s)', replay.perSecond, 'interactions/s', 500) + `  (${replay.interactions} interactions in ${replay.runs} scenario runs, ${replay.seconds.toFixed(2)} s; ${replay.perCpuSecond.toFixed(0)} per CPU-second)`);
  const emu = await startEmulatorProcess();
  try {
    const { served, skipped } = await servedMix(emu.baseURL, EMULATOR_MIX);
    const cpuBefore = processCpuSeconds(emu.pid);
    const rps = await measureRps(emu.baseURL, served, 3, 16);
    const cpuAfter = processCpuSeconds(emu.pid);
    const perCpu = cpuBefore !== null && cpuAfter !== null && cpuAfter > cpuBefore ? `; emulator ${(rps.requests / (cpuAfter - cpuBefore)).toFixed(0)} per CPU-second` : '';
    results.push(line('emulator (JSON requests/s)', rps.perSecond, 'requests/s', 2000) + `  (${rps.requests} requests, ${rps.errors} non-2xx, concurrency ${rps.concurrency}${perCpu})`);
    results.push(`  mix: ${served.map((r) => `${r.method} ${r.path}`).join(', ')}${skipped.length ? `; not served yet, left out: ${skipped.map((r) => `${r.method} ${r.path}`).join(', ')}` : ''}`);
  } finally {
    emu.stop();
  }
  results.push(`  load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine: wall-clock rates drop under load; per-CPU-second rates do not`);
  process.stdout.write(results.join('\n') + '\n');
  return 0;
}
