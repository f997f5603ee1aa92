/**
 * Polling behaviour (the client's side): consecutive reads of the same unfinished run (or
 * background response) wait at least what the previous answer's `openai-poll-after-ms` asked,
 * and never spin (gaps measured from HttpExchange.startedAt + durationMs). Traffic without timing
 * is not judged.
 */
import type { HttpExchange, Traffic } from '../traffic/types.ts';
import { defineCheck } from './check.ts';
import { isRecord, str } from './observe.ts';
import { violation, type Violation } from './violation.ts';

export type PollingRule = 'POLL_TOO_EARLY' | 'POLL_BUSY_LOOP' | 'POLL_AFTER_TERMINAL';

export const POLL_AFTER_HEADER = 'openai-poll-after-ms';

/** Thresholds, as data. */
export const POLLING = {
  /** Slack for timer and clock granularity when honouring poll-after-ms. */
  toleranceMs: 20,
  /** A gap below this, with no poll-after-ms asking for it, is a busy loop. */
  minGapMs: 50,
  /** Polled resources: path pattern and the statuses that are still in flight. */
  resources: [
    { pattern: /^(\/v1)?\/threads\/[^/]+\/runs\/[^/]+$/, pending: ['queued', 'in_progress', 'cancelling'] },
    { pattern: /^(\/v1)?\/responses\/[^/]+$/, pending: ['queued', 'in_progress'] },
    { pattern: /^(\/v1)?\/vector_stores\/[^/]+\/(files|file_batches)\/[^/]+$/, pending: ['in_progress'] },
  ],
} as const;

type V = Violation<PollingRule>;

const time = (ex: HttpExchange): { start: number; end: number } | null => {
  const start = ex.startedAt ? Date.parse(ex.startedAt) : NaN;
  if (!Number.isFinite(start)) return null;
  return { start, end: start + (ex.durationMs ?? 0) };
};

export function checkPolling(traffic: Traffic): V[] {
  const out: V[] = [];
  const last = new Map<string, HttpExchange>();
  for (const ex of traffic.exchanges) {
    // A write to the resource (submit_tool_outputs, cancel) starts a new polling sequence.
    if (ex.method !== 'GET') for (const key of [...last.keys()]) if (ex.path.startsWith(key)) last.delete(key);
    if (ex.method !== 'GET' || ex.sse) continue;
    const res = POLLING.resources.find((r) => r.pattern.test(ex.path));
    if (!res) continue;
    const prev = last.get(ex.path);
    last.set(ex.path, ex);
    if (!prev) continue;
    const status = isRecord(prev.responseBody) ? str(prev.responseBody['status']) : undefined;
    const where = { source: traffic.source, exchange: ex.index, path: ex.path };
    if (status !== undefined && !(res.pending as readonly string[]).includes(status)) {
      out.push(violation('POLL_AFTER_TERMINAL', where, status, res.pending, `Polled ${ex.path} again after it reached "${status}"`, 'info'));
      continue;
    }
    const a = time(prev);
    const b = time(ex);
    if (!a || !b) continue;
    const gap = b.start - a.end;
    const asked = Number(prev.responseHeaders[POLL_AFTER_HEADER]);
    if (Number.isFinite(asked) && asked > 0) {
      if (gap + POLLING.toleranceMs < asked) out.push(violation('POLL_TOO_EARLY', where, gap, asked, `Polled ${Math.round(gap)} ms after the previous answer asked for ${asked} ms (${POLL_AFTER_HEADER})`));
    } else if (gap < POLLING.minGapMs) {
      out.push(violation('POLL_BUSY_LOOP', where, gap, `>= ${POLLING.minGapMs}`, `Polled ${ex.path} ${Math.round(gap)} ms after the previous read: a busy loop`));
    }
  }
  return out;
}

export const pollingBehaviour = defineCheck({
  id: 'polling-behaviour',
  description: `Polling waits for ${POLL_AFTER_HEADER} and never spins`,
  run: (traffic) => checkPolling(traffic),
});
