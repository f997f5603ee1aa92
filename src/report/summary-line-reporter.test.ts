import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { summaryLine } from './summary-line-reporter.ts';

const mod = (states: string[], errors = 0) =>
  ({ children: { allTests: () => states.map((state) => ({ result: () => ({ state }) })) }, errors: () => Array.from({ length: errors }, () => new Error('x')) }) as unknown as TestModule;

describe('summary line', () => {
  it('counts passed, failed and skipped tests, and a file that failed to load', () => {
    expect(summaryLine([mod(['passed', 'passed', 'skipped']), mod(['failed']), mod([], 1)])).toBe('2 passed, 2 failed, 1 skipped');
  });
});
