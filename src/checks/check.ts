import type { Traffic } from '../traffic/types.ts';
import type { Violation } from './violation.ts';

/**
 * A check is a pure function from observed traffic to violations. It never throws on bad input:
 * unreadable or unexpected traffic is itself a violation.
 */
export interface Check {
  /** Stable id used in scenario declarations and reports, e.g. `run-state-machine`. */
  id: string;
  description: string;
  run(traffic: Traffic): Violation[];
}

export function defineCheck(check: Check): Check {
  return check;
}
