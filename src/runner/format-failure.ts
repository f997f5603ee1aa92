import { formatWhere, isFailing } from '../checks/violation.ts';
import type { ScenarioResult } from '../scenario/types.ts';

/** The text a failed or errored scenario shows in vitest and the CLI: rules, where, and how to reproduce. */
export function formatFailure(result: ScenarioResult): string {
  const lines: string[] = [];
  if (result.state === 'errored') lines.push(`${result.error.code}: ${result.error.message}`, ...(result.error.hint ? [`Hint: ${result.error.hint}`] : []));
  for (const v of result.violations.filter(isFailing)) {
    lines.push(`[${v.rule}] ${v.message}`, `    at ${formatWhere(v.where)}`);
  }
  lines.push(`Scenario: ${result.id}  Target: ${result.target}  Mode: ${result.mode}${result.recording ? `  Recording: ${result.recording}` : ''}`);
  lines.push(`Reproduce: ${result.command}`);
  return lines.join('\n');
}
