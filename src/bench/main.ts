/**
 * `npm run bench`: the performance targets of issue 2, measured (never asserted in timed tests).
 * - replay throughput: replayed HTTP interactions per second through the SDK (target ≥ 500/s)
 * - emulator: JSON requests per second on loopback (target ≥ 2,000/s)
 */
import { EMULATOR_MIX, measureRps, servedMix, startEmulatorProcess } from './emulator-rps.ts';
import { measureReplay } from './replay-throughput.ts';

const line = (name: string, value: number, unit: string, target: number) =>
  `${name.padEnd(34)} ${value.toFixed(0).padStart(7)} ${unit.padEnd(16)} target ≥ ${target} ${value >= target ? 'MET' : 'NOT MET'}`;

export async function main(): Promise<number> {
  const results: string[] = [];
  const replay = await measureReplay();
  results.push(line('replay (SDK, interactions/s)', replay.perSecond, 'interactions/s', 500) + `  (${replay.interactions} interactions in ${replay.runs} scenario runs, ${replay.seconds.toFixed(2)} s)`);
  const emu = await startEmulatorProcess();
  try {
    const { served, skipped } = await servedMix(emu.baseURL, EMULATOR_MIX);
    const rps = await measureRps(emu.baseURL, served, 3, 16);
    results.push(line('emulator (JSON requests/s)', rps.perSecond, 'requests/s', 2000) + `  (${rps.requests} requests, ${rps.errors} non-2xx, concurrency ${rps.concurrency})`);
    results.push(`  mix: ${served.map((r) => `${r.method} ${r.path}`).join(', ')}${skipped.length ? `; not served yet, left out: ${skipped.map((r) => `${r.method} ${r.path}`).join(', ')}` : ''}`);
  } finally {
    emu.stop();
  }
  process.stdout.write(results.join('\n') + '\n');
  return 0;
}
