import { describe, expect, it } from 'vitest';
import { checkHttpStatuses, httpOk, httpOkExcept } from './http-ok.ts';
import { traffic } from './testing/build.ts';

describe('http-ok', () => {
  const t = traffic(
    { method: 'POST', path: '/v1/threads', status: 200 },
    { method: 'POST', path: '/v1/threads/thread_1/messages', status: 400 },
    { method: 'GET', path: '/v1/threads/thread_1/runs/run_1', status: 500 },
  );

  it('fires on 5xx and on 4xx no step expected', () => {
    const v = httpOk.run(t);
    expect(v.map((x) => [x.rule, x.where.exchange, x.observed])).toEqual([['HTTP_UNEXPECTED_STATUS', 1, 400], ['HTTP_UNEXPECTED_STATUS', 2, 500]]);
    expect(v[1]!.message).toBe('GET /v1/threads/thread_1/runs/run_1 answered 500, which no step expected.');
  });

  it('lets listed 4xx through, never a 5xx', () => {
    const check = httpOkExcept([{ method: 'post', path: '/messages', status: 400 }, { method: 'GET', path: /\/runs\//, status: 500 }]);
    expect(check.run(t).map((x) => x.where.exchange)).toEqual([2]);
    expect(checkHttpStatuses(t, [{ method: 'POST', path: '/messages', status: 404 }])).toHaveLength(2);
  });

  it('flags a transport failure', () => {
    const v = httpOk.run({ source: 's', exchanges: [{ ...traffic({ path: '/v1/x' }).exchanges[0]!, status: 0, transportError: 'ECONNRESET' }] });
    expect(v[0]!.message).toBe('GET /v1/x got no response (ECONNRESET).');
  });
});
