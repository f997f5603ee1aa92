/**
 * A vitest reporter that turns the scenarios project's tasks into ScenarioResults (each test
 * carries its result in `task.meta.oaic`), reports progress through a callback, and hands the
 * collected results over at the end. Tests that never produced a result (a scenario file that
 * failed to load, a crash in the glue) become `errored` results, so nothing is lost.
 */
import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { Area, ScenarioResult } from '../scenario/types.ts';
import '../runner/vitest-types.ts';

export interface ScenarioReporterOptions {
  cwd: string;
  target: string;
  mode: string;
  onResult?: (result: ScenarioResult, done: number, total: number) => void;
  onStart?: (total: number) => void;
}

export class ScenarioReporter implements Reporter {
  readonly results: ScenarioResult[] = [];
  private total = 0;
  constructor(private readonly opts: ScenarioReporterOptions) {}

  onTestRunStart(specifications: readonly unknown[]): void {
    this.total = specifications.length;
    this.opts.onStart?.(this.total);
  }

  onTestCaseResult(testCase: TestCase): void {
    const result = this.toResult(testCase);
    this.results.push(result);
    this.opts.onResult?.(result, this.results.length, Math.max(this.total, this.results.length));
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    // Modules that failed before declaring a test (syntax error, bad definition).
    for (const m of testModules) {
      if ([...m.children.allTests()].length > 0) continue;
      const errors = m.errors();
      if (!errors.length) continue;
      const rel = path.relative(this.opts.cwd, m.moduleId);
      const id = scenarioIdFromFile(rel);
      const result = this.errored(id, rel, errors.map((e) => e.message).join('\n'));
      this.results.push(result);
      this.opts.onResult?.(result, this.results.length, Math.max(this.total, this.results.length));
    }
  }

  private toResult(tc: TestCase): ScenarioResult {
    const meta = tc.meta();
    if (meta.oaic) return meta.oaic;
    const rel = path.relative(this.opts.cwd, tc.module.moduleId);
    const r = tc.result();
    const id = tc.name.split(' ')[0] ?? scenarioIdFromFile(rel);
    if (r.state === 'skipped') {
      const base = this.errored(id, rel, '');
      return { ...withoutError(base), state: 'skipped', reason: meta.oaicSkip ?? r.note ?? 'skipped' };
    }
    return this.errored(id, rel, r.errors?.map((e) => e.message).join('\n') || 'the scenario produced no result');
  }

  private errored(id: string, file: string, message: string): ScenarioResult {
    return {
      id,
      title: file,
      area: (id.split('.')[0] ?? 'run-states') as Area,
      apis: [],
      tags: [],
      target: this.opts.target,
      mode: this.opts.mode,
      sdk: { name: 'openai', version: '' },
      recording: null,
      durationMs: 0,
      command: `npm run oaic -- run ${id} --target ${this.opts.target}`,
      annotations: {},
      stats: { exchanges: 0, events: 0 },
      violations: [],
      state: 'errored',
      error: { code: 'SCENARIO_INVALID', message: message || 'failed to load' },
    };
  }
}

function withoutError(r: ScenarioResult): Omit<ScenarioResult, 'state'> {
  const { state: _s, ...rest } = r as ScenarioResult & { error?: unknown };
  delete (rest as { error?: unknown }).error;
  return rest;
}

/** `suites/streaming/basic-run.scenario.ts` → `streaming.basic-run`. */
export function scenarioIdFromFile(file: string): string {
  const m = /suites\/([^/]+)\/(.+)\.scenario\.ts$/.exec(file.split(path.sep).join('/'));
  return m ? `${m[1]}.${m[2]!.replace(/\//g, '.')}` : file;
}
