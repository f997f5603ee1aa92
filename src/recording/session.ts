/**
 * TEMPORARY passthrough until the Polly recording layer (branch `recording`) is merged: live
 * passes through, replay fails as a missing recording. Same public API as the real one.
 */
import type { ResolvedConfig } from '../config/resolved.ts';
import { HarnessError } from '../errors/harness-error.ts';

export interface RecordingSession {
  fetch: typeof fetch;
  path: string | null;
  stop(opts: { persist: boolean }): Promise<{ written: boolean; kept: 'new' | 'previous' | 'none'; path: string | null }>;
}

export async function startRecording(opts: { scenarioId: string; config: ResolvedConfig; baseURL: string; sdkVersion: string }): Promise<RecordingSession> {
  const fetchFn: typeof fetch = opts.config.mode === 'replay'
    ? async (input) => {
        throw new HarnessError('RECORDING_MISSING', `Failed to replay ${String(input)} for ${opts.scenarioId}: no recording layer yet.`);
      }
    : (input, init) => globalThis.fetch(input, init);
  return { fetch: fetchFn, path: null, stop: async () => ({ written: false, kept: 'none', path: null }) };
}
