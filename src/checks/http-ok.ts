/**
 * http-ok: every exchange got a 2xx answer. A scenario expectation rather than a conformance rule
 * (error answers are conformant when asked for), so it is exported for scenarios to declare but is
 * not in ALL_CHECKS / checksFor.
 */
import { defineCheck } from './check.ts';
import { violation, type Violation } from './violation.ts';

export type HttpOkRule = 'HTTP_NOT_OK';

export const httpOk = defineCheck({
  id: 'http-ok',
  description: 'Every HTTP exchange got a 2xx answer',
  run: (traffic): Violation<HttpOkRule>[] =>
    traffic.exchanges
      .filter((x) => x.status < 200 || x.status >= 300)
      .map((x) => violation('HTTP_NOT_OK', { source: traffic.source, exchange: x.index }, x.status, '2xx', x.status === 0 ? `${x.method} ${x.path} got no answer: ${x.transportError ?? 'transport failure'}` : `${x.method} ${x.path} answered ${x.status}`)),
});
