/**
 * HTTP status check: every exchange got a 2xx answer, except the 4xx a scenario says it provokes.
 * Any 5xx, any transport failure (status 0) and any 4xx not listed is HTTP_UNEXPECTED_STATUS.
 * `httpOk` expects no errors; `httpOkExcept([...])` lists the expected ones.
 */
import type { Traffic } from '../traffic/types.ts';
import { defineCheck, type Check } from './check.ts';
import { violation, type Violation } from './violation.ts';

export type HttpOkRule = 'HTTP_UNEXPECTED_STATUS';

/** A 4xx a scenario provokes on purpose: method, a path pattern (string = suffix) and the status. */
export interface ExpectedStatus {
  method: string;
  path: RegExp | string;
  status: number;
}

const matches = (e: ExpectedStatus, method: string, path: string, status: number): boolean =>
  e.status === status && e.status >= 400 && e.status < 500 && e.method.toUpperCase() === method.toUpperCase() && (typeof e.path === 'string' ? path.endsWith(e.path) : e.path.test(path));

export function checkHttpStatuses(traffic: Traffic, expected: readonly ExpectedStatus[] = []): Violation<HttpOkRule>[] {
  return traffic.exchanges
    .filter((x) => (x.status < 200 || x.status >= 300) && !expected.some((e) => matches(e, x.method, x.path, x.status)))
    .map((x) =>
      violation(
        'HTTP_UNEXPECTED_STATUS',
        { source: traffic.source, exchange: x.index },
        x.status,
        expected.length ? `2xx or one of ${expected.map((e) => `${e.method} ${String(e.path)} ${e.status}`).join(', ')}` : '2xx',
        x.status === 0 ? `${x.method} ${x.path} got no response (${x.transportError ?? 'transport failure'}).` : `${x.method} ${x.path} answered ${x.status}, which no step expected.`,
      ),
    );
}

export function httpOkExcept(expected: readonly ExpectedStatus[]): Check {
  return defineCheck({
    id: 'http-ok',
    description: 'Every HTTP exchange got a 2xx answer, except the 4xx the scenario provokes',
    run: (traffic) => checkHttpStatuses(traffic, expected),
  });
}

export const httpOk: Check = httpOkExcept([]);
