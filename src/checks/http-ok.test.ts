import { describe, expect, it } from 'vitest';
import { httpOk } from './http-ok.ts';
import { ALL_CHECKS } from './index.ts';
import { traffic } from './testing/build.ts';

describe('http-ok', () => {
  it('HTTP_NOT_OK for every non-2xx exchange, nothing for 2xx', () => {
    const v = httpOk.run(traffic({ path: '/v1/files', body: {} }, { path: '/v1/files/x', status: 404, body: { error: {} } }, { path: '/v1/responses', status: 0 }));
    expect(v.map((x) => [x.rule, x.where.exchange, x.observed])).toEqual([['HTTP_NOT_OK', 1, 404], ['HTTP_NOT_OK', 2, 0]]);
  });
  it('is declared by scenarios, not applied to all traffic', () => expect(ALL_CHECKS).not.toContain(httpOk));
});
