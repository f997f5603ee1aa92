/**
 * The ScenarioContext a scenario's `run` receives: the SDK client plus recorders for steps,
 * expected errors, assertions and annotations. Everything lands in the Observation as data.
 */
import type OpenAI from 'openai';
import { violation, type Violation } from '../checks/violation.ts';
import type { ResolvedTarget } from '../config/resolved.ts';
import { findHarnessError } from '../errors/harness-error.ts';
import type { ErrorMatcher, ErrorRecord, Scenario, ScenarioContext, SdkHandle, StepRecord } from '../scenario/types.ts';
import { mismatches, toErrorRecord } from './errors.ts';

export interface ContextState {
  steps: StepRecord[];
  violations: Violation[];
  annotations: Record<string, unknown>;
}

export function createContext(input: { client: OpenAI; sdk: SdkHandle; scenario: Scenario; target: ResolvedTarget; signal: AbortSignal }): { ctx: ScenarioContext; state: ContextState } {
  const state: ContextState = { steps: [], violations: [], annotations: {} };
  const where = (step: string) => ({ source: input.scenario.id, scope: `step:${step}` });

  async function attempt<T>(name: string, fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: ErrorRecord }> {
    const started = performance.now();
    try {
      const value = await fn();
      state.steps.push({ name, ok: true, result: summarise(value), durationMs: performance.now() - started });
      return { ok: true, value };
    } catch (err) {
      // Harness failures (missing recording, budget) are not the scenario's observations.
      if (findHarnessError(err)) throw err;
      const error = toErrorRecord(err);
      state.steps.push({ name, ok: false, error, durationMs: performance.now() - started });
      return { ok: false, error };
    }
  }

  const ctx: ScenarioContext = {
    ...input,
    async step(name, fn) {
      const started = performance.now();
      try {
        const value = await fn();
        state.steps.push({ name, ok: true, result: summarise(value), durationMs: performance.now() - started });
        return value;
      } catch (err) {
        if (!findHarnessError(err)) state.steps.push({ name, ok: false, error: toErrorRecord(err), durationMs: performance.now() - started });
        throw err;
      }
    },
    attempt,
    async expectError(name: string, fn: () => Promise<unknown>, matcher: ErrorMatcher) {
      const r = await attempt(name, fn);
      if (r.ok) {
        state.violations.push(violation('SCENARIO_EXPECTED_ERROR', where(name), 'success', describeMatcher(matcher), `Step "${name}" succeeded; an error was expected.`));
        return undefined;
      }
      const diff = mismatches(r.error, matcher);
      if (diff.length) {
        state.violations.push(violation('SCENARIO_ERROR_MISMATCH', where(name), r.error, describeMatcher(matcher), `Step "${name}" failed differently than expected: ${diff.join('; ')}.`));
      }
      return r.error;
    },
    expect(condition, detail) {
      if (!condition) state.violations.push(violation(detail.rule ?? 'SCENARIO_EXPECTATION', { source: input.scenario.id }, detail.observed ?? null, detail.expected ?? null, detail.message));
    },
    annotate(key, value) {
      state.annotations[key] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    },
  };
  return { ctx, state };
}

function describeMatcher(m: ErrorMatcher): Record<string, unknown> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v instanceof RegExp ? String(v) : v]));
}

/** Step results are kept small: objects with an id/object/status summary, not whole payloads. */
function summarise(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const picked = Object.fromEntries(['id', 'object', 'status'].filter((k) => typeof o[k] === 'string').map((k) => [k, o[k]]));
  return Object.keys(picked).length ? picked : { type: o.constructor?.name ?? 'object' };
}
