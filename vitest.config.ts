import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: the harness's own tests (`src/**\/*.test.ts`, property tests `*.prop.test.ts`,
 *   tests that start the emulator `*.emulator.test.ts`).
 * - `scenarios`: every `suites/**\/*.scenario.ts`, one vitest file per scenario so `--shard`
 *   splits them. The glue (setup file + global setup) lives in src/runner; suites hold no runner
 *   code. Which target and mode they run against comes from the resolved config
 *   (OAIC_RESOLVED_CONFIG, set by `oaic run`), defaulting to replay.
 */
export default defineConfig({
  test: {
    // `default` for people; the summary line (`N passed, N failed, N skipped`) for CI logs.
    reporters: ['default', './src/report/summary-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'scenarios',
          include: ['suites/**/*.scenario.ts'],
          setupFiles: ['src/runner/scenario-setup.ts'],
          globalSetup: ['src/runner/global-setup.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
