/**
 * vitest setupFile of the scenarios project: installs the hook `defineScenario` calls, so each
 * `suites/**\/*.scenario.ts` file becomes one vitest test. The scenario file holds only data and
 * steps; this is where it meets vitest. It throws only here, at the vitest boundary.
 */
import { inject, test } from 'vitest';
import { configFromEnvironment } from '../config/resolve.ts';
import { REGISTER_HOOK } from '../scenario/define.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatFailure } from './format-failure.ts';
import { runScenario } from './run-scenario.ts';
import { loadSdk } from './sdk.ts';
import './vitest-types.ts';

const config = configFromEnvironment();

(globalThis as Record<symbol, unknown>)[REGISTER_HOOK] = (scenario: Scenario): void => {
  const sdks = scenario.sdks?.length ? scenario.sdks : ['openai'];
  for (const sdkName of sdks) {
    const name = sdks.length > 1 ? `${scenario.id} [${sdkName}]` : scenario.id;
    test(name, { timeout: (scenario.timeoutMs ?? config.timeoutMs) + 10_000 }, async (ctx) => {
      const unsupported = inject('oaicUnsupported') ?? {};
      const missing = (scenario.requires ?? scenario.apis).find((api) => unsupported[api]);
      if (missing) {
        ctx.task.meta.oaicSkip = unsupported[missing] ?? missing;
        ctx.skip(`${scenario.id}: ${unsupported[missing]}`);
        return;
      }
      const sdk = await loadSdk(sdkName, config.cwd);
      const { traffic: _traffic, ...result } = await runScenario({ scenario, config, baseURL: inject('oaicBaseURL') || (config.target.baseURL ?? ''), sdk });
      ctx.task.meta.oaic = result;
      if (result.state === 'skipped') ctx.skip(result.reason);
      if (result.state !== 'passed') throw new Error(formatFailure(result));
    });
  }
};
