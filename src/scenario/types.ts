import type OpenAI from 'openai';
import type { Check } from '../checks/check.ts';
import type { Violation } from '../checks/violation.ts';
import type { ResolvedTarget } from '../config/resolved.ts';
import type { Traffic } from '../traffic/types.ts';

export const AREAS = ['run-states', 'streaming', 'file-formats', 'known-issues', 'conversion', 'parity'] as const;
export type Area = (typeof AREAS)[number];

export const APIS = ['assistants', 'responses', 'conversations', 'files', 'vector_stores'] as const;
export type Api = (typeof APIS)[number];

/** What a thrown error looked like: enough to assert on, nothing that could hold a secret. */
export interface ErrorRecord {
  class: string;
  message: string;
  status?: number;
  code?: string | null;
  type?: string | null;
  param?: string | null;
}

export type StepRecord =
  | { name: string; ok: true; result: unknown; durationMs: number }
  | { name: string; ok: false; error: ErrorRecord; durationMs: number };

export interface ErrorMatcher {
  class?: string;
  status?: number;
  code?: string | null;
  type?: string | null;
  param?: string | null;
  /** Exact message, or a RegExp. */
  message?: string | RegExp;
}

/** The SDK package a scenario drives: `openai` or an npm alias from the SDK matrix. */
export interface SdkHandle {
  /** Package name as installed (`openai`, `openai-v6.16.0`). */
  name: string;
  version: string;
  /** The module namespace (for `toFile` and error classes). */
  module: typeof import('openai');
}

export interface ScenarioContext {
  /** The official SDK client, wired to the target through the harness's fetch. */
  readonly client: OpenAI;
  readonly sdk: SdkHandle;
  readonly scenario: Scenario;
  /** For messages only: scenarios never branch on the target. */
  readonly target: ResolvedTarget;
  /** Aborted when the scenario times out. */
  readonly signal: AbortSignal;
  /** Runs one SDK interaction and records its result or error; rethrows errors. */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Like step, but an error is recorded and returned instead of thrown. */
  attempt<T>(name: string, fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: ErrorRecord }>;
  /** Expects `fn` to fail as described; a mismatch or a success becomes a violation. */
  expectError(name: string, fn: () => Promise<unknown>, matcher: ErrorMatcher): Promise<ErrorRecord | undefined>;
  /** A scenario-level assertion, recorded as a violation (rule SCENARIO_EXPECTATION unless given). */
  expect(condition: boolean, detail: { message: string; observed?: unknown; expected?: unknown; rule?: string }): void;
  /** Free-form facts for the report (verdicts, measurements). Values must be JSON. */
  annotate(key: string, value: unknown): void;
}

export interface ScenarioDefinition {
  /** `<area>.<name>`: lowercase letters, digits, dashes and dots; the area must match the folder. */
  id: string;
  title: string;
  api: Api | readonly Api[];
  tags?: readonly string[];
  description?: string;
  /** API surfaces the target must serve; a live target without one skips with the reason. Defaults to `api`. */
  requires?: readonly Api[];
  timeoutMs?: number;
  /** SDK packages to run against (npm alias names). Default: the project's `openai`. */
  sdks?: readonly string[];
  run(ctx: ScenarioContext): Promise<void>;
  /** Checks applied to the observed traffic after `run`. */
  checks: readonly Check[];
}

export interface Scenario extends ScenarioDefinition {
  area: Area;
  apis: readonly Api[];
  tags: readonly string[];
}

/** Everything one scenario run observed, as data. */
export interface Observation {
  traffic: Traffic;
  steps: StepRecord[];
  annotations: Record<string, unknown>;
}

export type ResultState = 'passed' | 'failed' | 'skipped' | 'errored';

interface ResultBase {
  id: string;
  title: string;
  area: Area;
  apis: readonly Api[];
  tags: readonly string[];
  target: string;
  mode: string;
  sdk: { name: string; version: string };
  /** Recording path relative to the project, when one was read or written. */
  recording: string | null;
  durationMs: number;
  /** The command that reproduces this result. */
  command: string;
  annotations: Record<string, unknown>;
  /** Count of HTTP exchanges and SSE events observed. */
  stats: { exchanges: number; events: number };
}

export type ScenarioResult =
  | (ResultBase & { state: 'passed'; violations: Violation[] })
  | (ResultBase & { state: 'failed'; violations: Violation[] })
  | (ResultBase & { state: 'skipped'; reason: string; violations: Violation[] })
  | (ResultBase & { state: 'errored'; error: { code: string; message: string; hint?: string }; violations: Violation[] });
