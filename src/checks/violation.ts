/**
 * A conformance finding is a value, never an exception. Checks collect violations; only the
 * vitest boundary turns them into a failed test.
 */

/** Where in the observed traffic a violation was found. All fields optional; fill what is known. */
export interface Where {
  /** File or scenario the traffic came from. */
  source?: string;
  /** Index of the HTTP exchange in the traffic. */
  exchange?: number;
  /** Index of the SSE event inside that exchange's stream. */
  event?: number;
  /** JSON path inside an object, e.g. `$.data.required_action`. */
  path?: string;
  /** Scope of a state machine, e.g. `run:run_abc`, `item:msg_1`, `part:msg_1:0`. */
  scope?: string;
}

export type Severity = 'error' | 'info';

export interface Violation<R extends string = string> {
  /** Stable rule code (a string-literal union per check family; see src/checks/rules.ts). */
  rule: R;
  where: Where;
  observed: unknown;
  expected: unknown;
  message: string;
  /** `info` findings (unknown extra fields, documented quirks) never fail a scenario. */
  severity: Severity;
}

export function violation<R extends string>(
  rule: R,
  where: Where,
  observed: unknown,
  expected: unknown,
  message: string,
  severity: Severity = 'error',
): Violation<R> {
  return { rule, where, observed, expected, message, severity };
}

export function isFailing(v: Violation): boolean {
  return v.severity === 'error';
}

/** `exchange 3 › event 17 › run:run_abc › $.status` — for terminals and reports. */
export function formatWhere(w: Where): string {
  const parts: string[] = [];
  if (w.source) parts.push(w.source);
  if (w.exchange !== undefined) parts.push(`exchange ${w.exchange}`);
  if (w.event !== undefined) parts.push(`event ${w.event}`);
  if (w.scope) parts.push(w.scope);
  if (w.path) parts.push(w.path);
  return parts.join(' › ');
}
