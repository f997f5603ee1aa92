/**
 * The cost guard of live runs: maximum requests and tokens per run, shared by every vitest worker
 * through an append-only ledger file (one line per request, one per token count). Exceeding it
 * fails the next request with BUDGET_EXCEEDED; the spend is printed in the report.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { HarnessError } from '../errors/harness-error.ts';
import type { HttpExchange } from '../traffic/types.ts';

export interface Spend {
  requests: number;
  tokens: number;
}

export function readSpend(ledger: string): Spend {
  if (!existsSync(ledger)) return { requests: 0, tokens: 0 };
  const spend = { requests: 0, tokens: 0 };
  for (const line of readFileSync(ledger, 'utf8').split('\n')) {
    if (line === 'r') spend.requests += 1;
    else if (line.startsWith('t ')) spend.tokens += Number(line.slice(2)) || 0;
  }
  return spend;
}

/** Tokens a response reports: JSON `usage`, or the usage on a stream's final run/response event. */
export function tokensOf(exchange: HttpExchange): number {
  const fromUsage = (u: unknown): number => {
    const o = u as { total_tokens?: unknown } | null;
    return typeof o?.total_tokens === 'number' ? o.total_tokens : 0;
  };
  if (exchange.sse) {
    let total = 0;
    for (const e of exchange.sse) {
      if (!/^(thread\.run\.(completed|incomplete|failed|cancelled|expired|requires_action)|response\.(completed|incomplete|failed))$/.test(e.event ?? '')) continue;
      try {
        const data = JSON.parse(e.data) as { usage?: unknown; response?: { usage?: unknown } };
        total += fromUsage(data.usage ?? data.response?.usage);
      } catch {
        // not JSON: no usage
      }
    }
    return total;
  }
  return fromUsage((exchange.responseBody as { usage?: unknown } | null)?.usage);
}

export interface Budget {
  beforeRequest(method: string, path: string): void;
  afterExchange(exchange: HttpExchange): void;
}

export function createBudget(ledger: string, limits: { maxRequests: number | null; maxTokens: number | null }): Budget {
  return {
    beforeRequest(method, path) {
      const spend = readSpend(ledger);
      const over =
        limits.maxRequests !== null && spend.requests >= limits.maxRequests ? `${spend.requests} requests reached --max-requests ${limits.maxRequests}`
        : limits.maxTokens !== null && spend.tokens >= limits.maxTokens ? `${spend.tokens} tokens reached --max-tokens ${limits.maxTokens}`
        : null;
      if (over) throw new HarnessError('BUDGET_EXCEEDED', `Failed to send ${method} ${path}: the run's cost guard stopped it (${over}). Raise --max-requests / --max-tokens or run fewer scenarios.`);
      appendFileSync(ledger, 'r\n');
    },
    afterExchange(exchange) {
      const t = tokensOf(exchange);
      if (t) appendFileSync(ledger, `t ${t}\n`);
    },
  };
}
