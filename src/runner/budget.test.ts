import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HttpExchange } from '../traffic/types.ts';
import { createBudget, readSpend, tokensOf } from './budget.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exchange = (over: Partial<HttpExchange>): HttpExchange => ({ index: 0, method: 'POST', path: '/v1/responses', query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: {}, responseContentType: 'application/json', responseBody: null, sse: null, ...over });

describe('cost guard', () => {
  it('counts tokens from JSON usage and from terminal stream events', () => {
    expect(tokensOf(exchange({ responseBody: { usage: { total_tokens: 42 } } }))).toBe(42);
    expect(tokensOf(exchange({ sse: [
      { index: 0, event: 'response.created', data: '{"response":{"usage":null}}' },
      { index: 1, event: 'response.completed', data: '{"response":{"usage":{"total_tokens":7}}}' },
    ] }))).toBe(7);
    expect(tokensOf(exchange({ sse: [{ index: 0, event: 'thread.run.completed', data: '{"usage":{"total_tokens":9}}' }, { index: 1, event: 'done', data: '[DONE]' }] }))).toBe(9);
  });

  it('stops the request after the limit, naming the flag, shared through the ledger', () => {
    const ledger = path.join(dir, 'a.log');
    const a = createBudget(ledger, { maxRequests: 2, maxTokens: null });
    const b = createBudget(ledger, { maxRequests: 2, maxTokens: null }); // another worker
    a.beforeRequest('GET', '/v1/models');
    b.beforeRequest('GET', '/v1/models');
    expect(() => a.beforeRequest('POST', '/v1/threads')).toThrow(/cost guard stopped it \(2 requests reached --max-requests 2\)/);
    expect(readSpend(ledger)).toEqual({ requests: 2, tokens: 0 });
  });

  it('stops on tokens', () => {
    const ledger = path.join(dir, 'b.log');
    const budget = createBudget(ledger, { maxRequests: null, maxTokens: 10 });
    budget.beforeRequest('POST', '/v1/responses');
    budget.afterExchange(exchange({ responseBody: { usage: { total_tokens: 12 } } }));
    expect(() => budget.beforeRequest('POST', '/v1/responses')).toThrow(/12 tokens reached --max-tokens 10/);
  });
});
