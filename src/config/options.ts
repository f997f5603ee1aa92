/**
 * What a user may set, from CLI flags, the environment or `oaic.config.json`. Everything is
 * optional here; `resolveConfig()` turns it into a `ResolvedConfig` where nothing is.
 */
export type Mode = 'replay' | 'record' | 'live';
export const MODES: readonly Mode[] = ['replay', 'record', 'live'];

export interface HarnessOptions {
  /** `replay`, `emulator`, `live` (uses OPENAI_BASE_URL) or a base URL such as https://api.openai.com/v1. */
  target?: string;
  mode?: Mode;
  /** Which target's recordings a replay reads (default `emulator`). */
  recordingsFrom?: string;
  recordingsDir?: string;
  reportsDir?: string;
  /** Replay SSE with the recorded chunk gaps divided by this factor; 0 replays at once. */
  replaySpeed?: number;
  /** Per-scenario timeout in ms. */
  timeoutMs?: number;
  /** Scenario files run at once. */
  concurrency?: number;
  /** Scenario ids or globs (`streaming.*`). */
  filters?: string[];
  tags?: string[];
  color?: boolean;
  json?: boolean;
  configFile?: string;
  /** Cost guard for live runs. */
  maxRequests?: number;
  maxTokens?: number;
  /** Retries for 429, 5xx and dropped connections on live targets. */
  retries?: number;
  /** `i/n`, passed to vitest's sharding. */
  shard?: string;
  runId?: string;
  /** Extra SDK packages (npm aliases) to run SDK-matrix scenarios against. */
  sdk?: string[];
}

/** The environment variables the harness reads, in one place so `--help` can list them. */
export const ENV_VARS = {
  OAIC_TARGET: 'target (replay | emulator | live | <base URL>)',
  OAIC_MODE: 'mode (replay | record | live)',
  OAIC_RECORDINGS_DIR: 'where recordings live (default recordings/)',
  OAIC_RECORDINGS_FROM: 'which target a replay reads (default emulator)',
  OAIC_REPLAY_SPEED: 'SSE replay speed factor; 0 = instant (default)',
  OAIC_TIMEOUT_MS: 'per-scenario timeout in ms',
  OPENAI_API_KEY: 'API key for live targets (never printed, never recorded)',
  OPENAI_BASE_URL: 'base URL used by --target live',
  NO_COLOR: 'disable colours',
} as const;
