/**
 * Drives the bundled emulator through the official SDK over every surface, so that each kind of
 * object, item and stream event the real service sends has an emulated counterpart. The traffic
 * is observed on the wire (src/runner/observer.ts), exactly as a scenario run records it.
 * Each drive is a named step; a step that throws is reported, the others still run.
 */
import OpenAI from 'openai';
import { startEmulator } from '../emulator/server.ts';
import { createObserver } from '../runner/observer.ts';
import type { Traffic } from '../traffic/types.ts';

export interface DriveStep {
  name: string;
  run(client: OpenAI): Promise<unknown>;
}

export interface DriveResult {
  traffic: Traffic;
  failures: { step: string; error: string }[];
}

/** Iterates an SDK stream to its end (the SDK's own SSE parser does the reading). */
export async function drain<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const e of stream) out.push(e);
  return out;
}

export async function driveEmulator(steps: readonly DriveStep[], source = 'emulator'): Promise<DriveResult> {
  const emu = await startEmulator();
  const observer = createObserver(fetch);
  const client = new OpenAI({ apiKey: 'sk-fidelity', baseURL: emu.baseURL, fetch: observer.fetch, maxRetries: 0 });
  const failures: DriveResult['failures'] = [];
  try {
    for (const step of steps) {
      try {
        await step.run(client);
      } catch (error) {
        failures.push({ step: step.name, error: error instanceof Error ? error.message : String(error) });
      }
    }
    await observer.settle();
  } finally {
    await emu.close();
  }
  return { traffic: { source, exchanges: observer.exchanges }, failures };
}
