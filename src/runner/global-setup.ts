/**
 * vitest globalSetup for the scenarios project: starts the bundled emulator when the target is
 * `emulator` and hands its base URL to the workers; probes a live target once for the APIs it
 * still serves.
 */
import type { TestProject } from 'vitest/node';
import { configFromEnvironment } from '../config/resolve.ts';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { probeTarget } from './probe.ts';
import './vitest-types.ts';


let emulator: EmulatorHandle | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = configFromEnvironment();
  let baseURL = config.target.baseURL ?? '';
  if (config.target.kind === 'emulator') {
    emulator = await startEmulator();
    baseURL = emulator.baseURL;
  }
  project.provide('oaicBaseURL', baseURL);
  project.provide('oaicUnsupported', config.target.kind === 'live' ? await probeTarget(baseURL, config.apiKey ?? '') : {});
}

export async function teardown(): Promise<void> {
  await emulator?.close();
  emulator = undefined;
}
