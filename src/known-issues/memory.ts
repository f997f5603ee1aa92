/**
 * Heap and ArrayBuffer measurements for the upload-memory scenario (KI-09): forced GC (via
 * --expose-gc set at run time), then process.memoryUsage() without RSS, which the allocator's
 * high-water mark dominates (see the notes: RSS plateaus, heap and external stay flat).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemorySample {
  heapUsedMB: number;
  externalMB: number;
  arrayBuffersMB: number;
}

let gcFn: (() => void) | undefined;

function gc(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

export async function sampleMemory(): Promise<MemorySample> {
  await new Promise((r) => setImmediate(r));
  gc();
  const m = process.memoryUsage();
  return { heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external), arrayBuffersMB: mb(m.arrayBuffers) };
}

/** Deterministic, incompressible bytes (xorshift32). */
export function noiseBytes(size: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Growth from the first to the last sample, in MB, of heap + external (external includes ArrayBuffers). */
export function growthMB(samples: readonly MemorySample[]): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return 0;
  return Math.round((last.heapUsedMB + last.externalMB - first.heapUsedMB - first.externalMB) * 10) / 10;
}
