/** Flags shared by run/record/list/doctor, mapped to HarnessOptions (resolved once by resolveConfig). */
import { type Command, Option } from 'commander';
import type { HarnessOptions, Mode } from '../config/options.ts';

export function addTargetOptions(cmd: Command, defaults: { target?: string } = {}): Command {
  return cmd
    .addOption(new Option('-t, --target <target>', 'replay | emulator | live | <base URL> (env OAIC_TARGET)').default(defaults.target))
    .addOption(new Option('-m, --mode <mode>', 'replay | record | live (env OAIC_MODE); default replay for --target replay, else live').choices(['replay', 'record', 'live']))
    .option('--recordings-from <name>', 'which recordings a replay reads (env OAIC_RECORDINGS_FROM; default emulator)')
    .option('--recordings-dir <dir>', 'recordings directory (env OAIC_RECORDINGS_DIR; default recordings/)')
    .option('--reports-dir <dir>', 'reports directory (default reports/)')
    .option('--config <file>', 'config file (default oaic.config.json when present)');
}

export function addRunOptions(cmd: Command): Command {
  return cmd
    .option('--tag <tag...>', 'only scenarios with one of these tags')
    .option('--timeout <ms>', 'per-scenario timeout in ms (env OAIC_TIMEOUT_MS)', Number)
    .option('--concurrency <n>', 'scenario files run at once (default 2)', Number)
    .option('--replay-speed <factor>', 'replay SSE with recorded gaps divided by factor; 0 = instant (env OAIC_REPLAY_SPEED)', Number)
    .option('--retries <n>', 'retries on 429/5xx/dropped connections for live targets (default 3)', Number)
    .option('--max-requests <n>', 'cost guard: stop a live run after n requests', Number)
    .option('--max-tokens <n>', 'cost guard: stop a live run after n tokens', Number)
    .option('--shard <i/n>', 'run one shard of the scenarios (vitest sharding)')
    .option('--sdk <pkg...>', 'extra SDK packages (npm aliases) for SDK-matrix scenarios')
    .option('--run-id <id>', 'name of the report directory (default a timestamp)');
}

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

export function toHarnessOptions(raw: Raw, filters: string[] = [], globals: Raw = {}): HarnessOptions {
  const o: HarnessOptions = {};
  const set = <K extends keyof HarnessOptions>(k: K, v: HarnessOptions[K] | undefined) => {
    if (v !== undefined) o[k] = v;
  };
  set('target', str(raw['target']));
  set('mode', str(raw['mode']) as Mode | undefined);
  set('recordingsFrom', str(raw['recordingsFrom']));
  set('recordingsDir', str(raw['recordingsDir']));
  set('reportsDir', str(raw['reportsDir']));
  set('configFile', str(raw['config']));
  set('timeoutMs', num(raw['timeout']));
  set('concurrency', num(raw['concurrency']));
  set('replaySpeed', num(raw['replaySpeed']));
  set('retries', num(raw['retries']));
  set('maxRequests', num(raw['maxRequests']));
  set('maxTokens', num(raw['maxTokens']));
  set('shard', str(raw['shard']));
  set('runId', str(raw['runId']));
  if (Array.isArray(raw['tag'])) o.tags = raw['tag'] as string[];
  if (Array.isArray(raw['sdk'])) o.sdk = raw['sdk'] as string[];
  if (filters.length) o.filters = filters;
  if (globals['color'] === false) o.color = false;
  if (globals['json'] === true) o.json = true;
  return o;
}
