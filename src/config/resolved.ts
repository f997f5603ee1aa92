import type { Mode } from './options.ts';

export type TargetKind = 'replay' | 'emulator' | 'live';

export interface ResolvedTarget {
  kind: TargetKind;
  /** Directory-safe name: `emulator`, `api.openai.com`, `localhost-8080`. */
  name: string;
  /** Base URL including `/v1`; for the emulator it is filled in once the server listens. */
  baseURL: string | null;
  /** Provenance string written into recordings made against this target. */
  provenance: string;
}

export interface ResolvedConfig {
  target: ResolvedTarget;
  mode: Mode;
  /** The recordings sub-directory this run reads (replay) or writes (record). */
  recordingsTarget: string;
  recordingsDir: string;
  reportsDir: string;
  replaySpeed: number;
  timeoutMs: number;
  concurrency: number;
  filters: string[];
  tags: string[];
  color: boolean;
  json: boolean;
  /** The key for live targets; null in replay and for the emulator (which gets a per-scenario key). */
  apiKey: string | null;
  maxRequests: number | null;
  maxTokens: number | null;
  retries: number;
  shard: string | null;
  runId: string;
  sdk: string[];
  cwd: string;
}
