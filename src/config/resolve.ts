import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import { MODES, type HarnessOptions, type Mode } from './options.ts';
import type { ResolvedConfig, ResolvedTarget } from './resolved.ts';

export const REPLAY_BASE_URL = 'http://replay.oaic.invalid/v1';
export const DEFAULT_LIVE_BASE_URL = 'https://api.openai.com/v1';
const CONFIG_FILE = 'oaic.config.json';

type Env = Record<string, string | undefined>;

function invalid(message: string, hint?: string): HarnessError {
  return new HarnessError('CONFIG_INVALID', message, hint === undefined ? {} : { hint });
}

function num(name: string, raw: string | number | undefined, min: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || n < min) {
    throw invalid(`Failed to resolve ${name}: ${JSON.stringify(raw)} is not a number >= ${min}. Pass a number, e.g. --${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${Math.max(min, 1)}.`);
  }
  return n;
}

/** Options read from the environment; CLI flags override them. */
export function optionsFromEnv(env: Env): HarnessOptions {
  const out: HarnessOptions = {};
  if (env.OAIC_TARGET) out.target = env.OAIC_TARGET;
  if (env.OAIC_MODE) out.mode = env.OAIC_MODE as Mode;
  if (env.OAIC_RECORDINGS_DIR) out.recordingsDir = env.OAIC_RECORDINGS_DIR;
  if (env.OAIC_RECORDINGS_FROM) out.recordingsFrom = env.OAIC_RECORDINGS_FROM;
  const speed = num('replaySpeed', env.OAIC_REPLAY_SPEED, 0);
  if (speed !== undefined) out.replaySpeed = speed;
  const timeout = num('timeoutMs', env.OAIC_TIMEOUT_MS, 1);
  if (timeout !== undefined) out.timeoutMs = timeout;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') out.color = false;
  return out;
}

function readConfigFile(cwd: string, explicit: string | undefined): HarnessOptions {
  const path = resolvePath(cwd, explicit ?? CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw invalid(`Failed to read the config file ${path}: it does not exist. Fix --config or remove it.`);
    return {};
  }
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('top level is not an object');
    return parsed as HarnessOptions;
  } catch (cause) {
    throw new HarnessError('CONFIG_INVALID', `Failed to read the config file ${path}: ${(cause as Error).message}. Fix the JSON or pass another file with --config.`, { cause });
  }
}

/** `localhost:8080` → `localhost-8080`: a directory-safe recording target name. */
export function targetNameForUrl(url: URL): string {
  return (url.port ? `${url.hostname}-${url.port}` : url.hostname).replace(/[^A-Za-z0-9.-]/g, '-');
}

function resolveTarget(raw: string, env: Env): ResolvedTarget {
  if (raw === 'replay') return { kind: 'replay', name: 'replay', baseURL: REPLAY_BASE_URL, provenance: 'replay' };
  if (raw === 'emulator') return { kind: 'emulator', name: 'emulator', baseURL: null, provenance: 'emulator' };
  const urlText = raw === 'live' ? env.OPENAI_BASE_URL ?? DEFAULT_LIVE_BASE_URL : raw;
  let url: URL;
  try {
    url = new URL(urlText);
  } catch (cause) {
    throw new HarnessError('CONFIG_INVALID', `Failed to resolve the target ${JSON.stringify(raw)}: it is not replay, emulator, live or an http(s) URL. Pass --target replay|emulator|live|https://host/v1 (or set OAIC_TARGET).`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(`Failed to resolve the target ${raw}: only http and https URLs are supported. Pass --target https://host/v1.`);
  }
  const baseURL = url.toString().replace(/\/+$/, '');
  return { kind: 'live', name: targetNameForUrl(url), baseURL, provenance: `live:${url.host}` };
}

export function newRunId(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-').replace('T', '_').replace('Z', '');
}

/**
 * Options → ResolvedConfig, once per run. Precedence: explicit options (CLI) > environment >
 * config file > defaults. Throws HarnessError('CONFIG_INVALID') on bad values or combinations.
 */
export function resolveConfig(cli: HarnessOptions = {}, env: Env = process.env, cwd = process.cwd()): ResolvedConfig {
  const fromFile = readConfigFile(cwd, cli.configFile ?? env.OAIC_CONFIG);
  const o: HarnessOptions = { ...fromFile, ...optionsFromEnv(env), ...stripUndefined(cli) };

  const target = resolveTarget(o.target ?? 'replay', env);
  if (o.mode !== undefined && !MODES.includes(o.mode)) {
    throw invalid(`Failed to resolve the mode ${JSON.stringify(o.mode)}: expected one of ${MODES.join(', ')}. Pass --mode replay|record|live (or set OAIC_MODE).`);
  }
  const mode: Mode = o.mode ?? (target.kind === 'replay' ? 'replay' : 'live');
  if (target.kind === 'replay' && mode !== 'replay') {
    throw invalid(`Failed to combine --target replay with --mode ${mode}: the replay target only reads recordings. Use --target emulator (or a URL) to ${mode === 'record' ? 'record' : 'run live'}.`);
  }
  const recordingsTarget = target.kind === 'replay' ? o.recordingsFrom ?? 'emulator' : target.name;
  if (!/^[A-Za-z0-9.-]+$/.test(recordingsTarget)) {
    throw invalid(`Failed to resolve --recordings-from ${JSON.stringify(recordingsTarget)}: use a recordings sub-directory name such as emulator or api.openai.com.`);
  }
  const apiKey = target.kind === 'live' ? (env.OPENAI_API_KEY ?? null) : null;
  if (target.kind === 'live' && mode !== 'replay' && !apiKey) {
    throw invalid(`Failed to resolve the target ${target.baseURL}: no API key. Set OPENAI_API_KEY (it is never printed or recorded), or use --target emulator.`);
  }
  if (o.shard !== undefined && !/^\d+\/\d+$/.test(o.shard)) {
    throw invalid(`Failed to resolve --shard ${JSON.stringify(o.shard)}: expected i/n such as 1/3.`);
  }
  if (o.shard) {
    const [i, n] = o.shard.split('/').map(Number) as [number, number];
    if (i < 1 || i > n) throw invalid(`Failed to resolve --shard ${o.shard}: the index must be between 1 and ${n}.`);
  }

  return {
    target: mode === 'replay' && target.kind !== 'replay'
      ? { kind: 'replay', name: 'replay', baseURL: REPLAY_BASE_URL, provenance: 'replay' }
      : target,
    mode,
    recordingsTarget,
    recordingsDir: resolvePath(cwd, o.recordingsDir ?? 'recordings'),
    reportsDir: resolvePath(cwd, o.reportsDir ?? 'reports'),
    replaySpeed: num('replaySpeed', o.replaySpeed, 0) ?? 0,
    timeoutMs: num('timeoutMs', o.timeoutMs, 1) ?? 60_000,
    concurrency: num('concurrency', o.concurrency, 1) ?? 2,
    filters: o.filters ?? [],
    tags: o.tags ?? [],
    color: o.color ?? true,
    json: o.json ?? false,
    apiKey,
    maxRequests: num('maxRequests', o.maxRequests, 1) ?? null,
    maxTokens: num('maxTokens', o.maxTokens, 1) ?? null,
    retries: num('retries', o.retries, 0) ?? (target.kind === 'live' ? 3 : 0),
    shard: o.shard ?? null,
    runId: o.runId ?? newRunId(),
    sdk: o.sdk ?? [],
    cwd,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The resolved config travels to vitest workers as JSON in this variable (without the key). */
export const CONFIG_ENV = 'OAIC_RESOLVED_CONFIG';

export function serializeConfig(config: ResolvedConfig): string {
  return JSON.stringify({ ...config, apiKey: null });
}

/** In a worker: the config the CLI resolved, or a fresh resolution from the environment (`npm test`). */
export function configFromEnvironment(env: Env = process.env): ResolvedConfig {
  const raw = env[CONFIG_ENV];
  if (!raw) return resolveConfig({}, env);
  const parsed = JSON.parse(raw) as ResolvedConfig;
  return { ...parsed, apiKey: parsed.target.kind === 'live' ? env.OPENAI_API_KEY ?? null : null };
}
