/**
 * Bench: in-process conversion throughput, threads of 20 messages per second (target ≥ 5,000).
 * Threads come from the property-test arbitraries (mixed content, annotations, attachments,
 * tool-call steps) with a fixed seed, so runs compare. Wire into src/bench/main.ts with
 * `const r = measureConvertThroughput(); print(r.label, r.threadsPerSecond, r.target)`.
 */
import fc from 'fast-check';
import { threadArb } from '../convert/arbitraries.ts';
import { convertThreadExport } from '../convert/convert-thread.ts';
import type { ThreadExport } from '../convert/wire-assistants.ts';

export interface ConvertThroughput {
  label: string;
  threadsPerSecond: number;
  messagesPerSecond: number;
  itemsPerSecond: number;
  threads: number;
  durationMs: number;
  target: number;
  meetsTarget: boolean;
}

export function measureConvertThroughput(options: { durationMs?: number; seed?: number; corpusSize?: number } = {}): ConvertThroughput {
  // Plain JSON objects, like the API's (fast-check's values carry extra structure).
  const corpus = JSON.parse(JSON.stringify(fc.sample(threadArb({ minMessages: 20, maxMessages: 20 }), { numRuns: options.corpusSize ?? 200, seed: options.seed ?? 20260826 }))) as ThreadExport[];
  const messages = corpus.reduce((n, t) => n + t.messages.length, 0) / corpus.length;
  for (const t of corpus.slice(0, 50)) convertThreadExport(t); // warm-up
  const budget = options.durationMs ?? 1_000;
  let threads = 0;
  let items = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budget) {
    for (const t of corpus) items += convertThreadExport(t).items.length;
    threads += corpus.length;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  const threadsPerSecond = Math.round(threads / seconds);
  return {
    label: 'convert: threads of 20 messages per second (in-process)',
    threadsPerSecond,
    messagesPerSecond: Math.round((threads * messages) / seconds),
    itemsPerSecond: Math.round(items / seconds),
    threads,
    durationMs: Math.round(now - start),
    target: 5_000,
    meetsTarget: threadsPerSecond >= 5_000,
  };
}
