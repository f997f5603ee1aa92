/**
 * Heap and ArrayBuffer measurements for the upload-memory scenario (KI-09): forced GC (via
 * --expose-gc set at run time), then process.memoryUsage() without RSS, which the allocator's
 * high-water mark dominates (see the notes: RSS plateaus, heap and external stay flat).
 */
import type OpenAI from 'openai';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SdkHandle } from '../scenario/types.ts';

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

export interface UploadProfile {
  fileMB: number;
  uploads: number;
  baseline: MemorySample;
  samples: MemorySample[];
  growthAfterFirstMB: number;
}

/**
 * The SDK's own memory across N sequential fileBatches.uploadAndPoll calls of a large file,
 * against a private in-process emulator whose `ki-file-batch-slow` fault answers uploads without
 * storing them. Private, so the numbers are the same whatever the scenario's target (a replay
 * layer or recording would itself hold every uploaded body and look like a leak).
 */
export async function profileUploads(sdk: SdkHandle, opts: { fileMB: number; uploads: number }): Promise<UploadProfile> {
  const { startEmulator } = await import('../emulator/server.ts');
  const emu = await startEmulator({ faults: ['ki-file-batch-slow'] });
  try {
    const Ctor = sdk.module.default as unknown as new (o: object) => OpenAI;
    const client = new Ctor({ apiKey: 'oaic-memory-profile', baseURL: emu.baseURL, maxRetries: 0 });
    const vs = (client as unknown as { vectorStores?: OpenAI['vectorStores']; beta: { vectorStores?: OpenAI['vectorStores'] } });
    const batches = (vs.vectorStores ?? vs.beta.vectorStores)!.fileBatches as unknown as { uploadAndPoll: (v: string, b: { files: unknown[] }, o?: object) => Promise<{ status: string }> };
    const bytes = noiseBytes(opts.fileMB * 1024 * 1024);
    const baseline = await sampleMemory();
    const samples: MemorySample[] = [];
    for (let i = 0; i < opts.uploads; i++) {
      const file = await sdk.module.toFile(Buffer.from(bytes), `large-${i}.pdf`);
      const b = await batches.uploadAndPoll('vs_memory', { files: [file] }, { pollIntervalMs: 5 });
      if (b.status !== 'completed') throw new Error(`upload ${i + 1}: batch ${b.status}`);
      samples.push(await sampleMemory());
    }
    return { ...opts, baseline, samples, growthAfterFirstMB: growthMB(samples) };
  } finally {
    await emu.close();
  }
}
