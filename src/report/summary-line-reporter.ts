/**
 * A vitest reporter for `npm test` that ends the run with one plain line, `N passed, N failed,
 * N skipped`, which CI systems and humans read without parsing vitest's coloured summary.
 */
import type { Reporter, TestModule } from 'vitest/node';

export function summaryLine(modules: readonly TestModule[]): string {
  const n = { passed: 0, failed: 0, skipped: 0 };
  for (const m of modules) {
    for (const t of m.children.allTests()) {
      const s = t.result().state;
      if (s === 'passed') n.passed++;
      else if (s === 'failed') n.failed++;
      else n.skipped++;
    }
    // A file that failed to load has no tests but is a failure.
    if ([...m.children.allTests()].length === 0 && m.errors().length > 0) n.failed++;
  }
  return `${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped`;
}

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    process.stdout.write(`\n${summaryLine(modules)}\n`);
  }
}
