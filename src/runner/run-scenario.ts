/**
 * Runs one scenario against the resolved target: recording session → harness fetch → SDK
 * client → scenario steps (with a timeout) → checks over the observed traffic → ScenarioResult.
 * Pure orchestration; vitest glue lives in scenario-setup.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import OpenAI from 'openai';
import { isFailing, violation, type Violation } from '../checks/violation.ts';
import type { ResolvedConfig } from '../config/resolved.ts';
import { findHarnessError, HarnessError } from '../errors/harness-error.ts';
import { startRecording } from '../recording/session.ts';
import type { Scenario, ScenarioResult, SdkHandle } from '../scenario/types.ts';
import type { Traffic } from '../traffic/types.ts';
import { createBudget } from './budget.ts';
import { createContext } from './context.ts';
import { buildHarnessFetch } from './fetch-chain.ts';
import { reproduceCommand } from './reproduce.ts';
import { unsupportedReason } from './unsupported.ts';

export interface RunInput {
  scenario: Scenario;
  config: ResolvedConfig;
  /** Base URL of the target (emulator: where it listens; replay: the placeholder URL). */
  baseURL: string;
  sdk: SdkHandle;
}

/** Where live runs count their spend (shared by all workers of one run). */
export function spendLedger(config: ResolvedConfig): string {
  return path.join(config.reportsDir, `.spend-${config.runId}.log`);
}

/** Key per target kind: replay needs none, the emulator namespaces state per scenario, live uses the user's. */
function apiKeyFor(config: ResolvedConfig, scenarioId: string): string {
  if (config.target.kind === 'live') return config.apiKey ?? '';
  if (config.target.kind === 'emulator') return `emu-${scenarioId}`;
  return 'oaic-replay-no-key';
}

export async function runScenario({ scenario, config, baseURL, sdk }: RunInput): Promise<ScenarioResult & { traffic: Traffic }> {
  const started = performance.now();
  const session = await startRecording({ scenarioId: scenario.id, config, baseURL, sdkVersion: sdk.version, sdkName: sdk.name });
  if (config.target.kind === 'live') mkdirSync(config.reportsDir, { recursive: true });
  const budget = config.target.kind === 'live' ? createBudget(spendLedger(config), { maxRequests: config.maxRequests, maxTokens: config.maxTokens }) : null;
  const { fetch, observer } = buildHarnessFetch(session.fetch, budget ? { beforeRequest: budget.beforeRequest, onComplete: budget.afterExchange } : {});
  const OpenAIClass = sdk.module.default as unknown as typeof OpenAI;
  const client = new OpenAIClass({
    apiKey: apiKeyFor(config, scenario.id),
    baseURL,
    fetch,
    // Retries happen below the recording layer (session.ts), so a recording holds only the answer that counted.
    maxRetries: 0,
    timeout: scenario.timeoutMs ?? config.timeoutMs,
  });
  const controller = new AbortController();
  const timeoutMs = scenario.timeoutMs ?? config.timeoutMs;
  const { ctx, state } = createContext({ client, sdk, scenario, target: config.target, signal: controller.signal });

  let thrown: unknown = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      scenario.run(ctx),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new HarnessError('INTERNAL', `Failed to finish scenario ${scenario.id}: it ran longer than ${timeoutMs} ms. Raise the limit with --timeout (OAIC_TIMEOUT_MS) or the scenario's timeoutMs.`));
        }, timeoutMs);
      }),
    ]);
  } catch (err) {
    thrown = err;
  } finally {
    clearTimeout(timer);
  }
  await Promise.race([observer.settle(), new Promise((r) => setTimeout(r, 2_000))]);
  const traffic: Traffic = { source: scenario.id, exchanges: observer.exchanges };

  const violations: Violation[] = [...state.violations];
  for (const check of scenario.checks) violations.push(...check.run(traffic).map((v) => ({ ...v, where: { ...v.where, source: v.where.source ?? scenario.id } })));

  const harnessError = findHarnessError(thrown);
  const skipReason = thrown && !harnessError ? unsupportedReason(thrown, config, scenario) : null;
  if (thrown && !harnessError && !skipReason) {
    const e = thrown as Error;
    violations.push(violation('SCENARIO_THREW', { source: scenario.id }, `${e?.constructor?.name ?? 'Error'}: ${e?.message ?? String(thrown)}`, 'no uncaught error', `The scenario threw: ${e?.message ?? String(thrown)}`));
  }
  const failed = violations.some(isFailing);
  const passed = !thrown && !failed;
  const stopped = await session.stop({ persist: config.mode === 'record' && passed });
  if (config.mode === 'record') {
    state.annotations['recording'] = stopped.kept === 'new' ? 'new recording written' : stopped.kept === 'previous' ? 'kept the previous recording (scenario did not pass)' : 'not written (scenario did not pass)';
  }

  const base = {
    id: scenario.id,
    title: scenario.title,
    area: scenario.area,
    apis: scenario.apis,
    tags: scenario.tags,
    target: config.target.kind === 'replay' ? `replay:${config.recordingsTarget}` : config.target.name,
    mode: config.mode,
    sdk: { name: sdk.name, version: sdk.version },
    recording: stopped.path ?? session.path,
    durationMs: Math.round(performance.now() - started),
    command: reproduceCommand(scenario.id, config),
    annotations: state.annotations,
    stats: { exchanges: traffic.exchanges.length, events: traffic.exchanges.reduce((n, x) => n + (x.sse?.length ?? 0), 0) },
    violations,
    traffic,
  };
  if (harnessError) {
    return { ...base, state: 'errored', error: { code: harnessError.code, message: harnessError.message, ...(harnessError.hint ? { hint: harnessError.hint } : {}) } };
  }
  if (skipReason) return { ...base, state: 'skipped', reason: skipReason };
  return passed ? { ...base, state: 'passed' } : { ...base, state: 'failed' };
}
