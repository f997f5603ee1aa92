/**
 * Comparing two runs' results for one scenario (when `oaic diff` is given two run report
 * directories): the state (passed, failed, errored, skipped) and the set of failing rule codes.
 */
import { isFailing } from '../checks/violation.ts';
import type { ScenarioResult } from '../scenario/types.ts';
import { change, type DriftChange } from './classes.ts';

const BAD = new Set(['failed', 'errored']);
const failingRules = (r: ScenarioResult) => [...new Set(r.violations.filter(isFailing).map((v) => v.rule))].sort();

export function compareResults(name: string, a: ScenarioResult, b: ScenarioResult): DriftChange[] {
  const out: DriftChange[] = [];
  if (a.state !== b.state) {
    const kind = a.state === 'passed' && BAD.has(b.state) ? 'result-regressed' : BAD.has(a.state) && b.state === 'passed' ? 'result-improved' : 'result-changed';
    out.push(change(name, kind, 'result', a.state, b.state, `result ${a.state} → ${b.state}`));
  }
  const ra = failingRules(a);
  const rb = failingRules(b);
  for (const rule of rb.filter((r) => !ra.includes(r))) out.push(change(name, 'rule-violated', `rule ${rule}`, null, rule, `now violates ${rule}`));
  for (const rule of ra.filter((r) => !rb.includes(r))) out.push(change(name, 'rule-cleared', `rule ${rule}`, rule, null, `no longer violates ${rule}`));
  return out;
}
