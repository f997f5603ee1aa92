/**
 * Check throughput: MB/s of SSE transcript through `oaic check`'s path (SseParser.push over
 * chunks → Traffic → every applicable check), side by side with the official SDK's own stream
 * parser (openai's Stream.fromSSEResponse over a Response of the same bytes, fully iterated).
 * Target (issue 4): checking costs at most 2x parsing.
 *
 * Wire into src/bench/main.ts with one line:
 *   results.push(...formatCheckThroughput(await measureCheckThroughput()));
 */
import { Stream } from 'openai/streaming';
import { runChecks } from '../checks/index.ts';
import { textRunEvents } from '../checks/testing/assistants-streams.ts';
import { responseStreamEvents } from '../checks/testing/responses-streams.ts';
import { formatSse, SseParser } from '../traffic/sse.ts';
import type { Traffic } from '../traffic/types.ts';

export interface ThroughputRow {
  transcript: string;
  bytes: number;
  events: number;
  sdkMs: number;
  checkMs: number;
  sdkMBps: number;
  checkMBps: number;
  /** checkMs / sdkMs; target ≤ 2. */
  ratio: number;
  violations: number;
}

const CHUNK = 16 * 1024;

/** Transcripts of about `targetBytes`, generated from the grammar vocabulary (no recording needed). */
export function benchTranscripts(targetBytes: number): { name: string; text: string }[] {
  const words = (n: number) => Array.from({ length: n }, (_, i) => ` w${i % 97}`);
  const render = (events: readonly { event: string; data: unknown }[]) => formatSse(events.map((e) => ({ event: e.event, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) })));
  const perDeltaResp = 260;
  const perDeltaAs = 170;
  return [
    { name: 'responses text stream', text: render(responseStreamEvents([{ kind: 'text', chunks: words(Math.ceil(targetBytes / perDeltaResp)) }])) },
    { name: 'assistants run stream', text: render(textRunEvents({ chunks: words(Math.ceil(targetBytes / perDeltaAs)) })) },
  ];
}

function chunks(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) out.push(bytes.subarray(i, i + CHUNK));
  return out;
}

async function sdkParse(parts: readonly Uint8Array[]): Promise<number> {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({ pull: (c) => (i < parts.length ? c.enqueue(parts[i++]!) : c.close()) });
  const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  let n = 0;
  for await (const _ of Stream.fromSSEResponse<unknown>(response, new AbortController())) n++;
  return n;
}

function check(parts: readonly Uint8Array[]): { events: number; violations: number } {
  const decoder = new TextDecoder();
  const parser = new SseParser();
  const events = [];
  for (const p of parts) events.push(...parser.push(decoder.decode(p, { stream: true })));
  const { trailing } = parser.end();
  const traffic: Traffic = { source: 'bench', exchanges: [{ index: 0, method: 'POST', path: '', query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: {}, responseContentType: 'text/event-stream', responseBody: null, sse: events, sseTrailing: trailing }] };
  return { events: events.length, violations: runChecks(traffic).filter((v) => v.severity === 'error').length };
}

async function best<T>(rounds: number, fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  let ms = Infinity;
  let value!: T;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    value = await fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

export async function measureCheckThroughput(targetBytes = 8 * 1024 * 1024, rounds = 3): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  for (const { name, text } of benchTranscripts(targetBytes)) {
    const parts = chunks(text);
    const bytes = parts.reduce((n, p) => n + p.byteLength, 0);
    await sdkParse(parts);
    check(parts);
    const sdk = await best(rounds, () => sdkParse(parts));
    const ours = await best(rounds, () => check(parts));
    const mb = bytes / 1048576;
    rows.push({ transcript: name, bytes, events: ours.value.events, sdkMs: sdk.ms, checkMs: ours.ms, sdkMBps: mb / (sdk.ms / 1000), checkMBps: mb / (ours.ms / 1000), ratio: ours.ms / sdk.ms, violations: ours.value.violations });
  }
  return rows;
}

export function formatCheckThroughput(rows: readonly ThroughputRow[]): string[] {
  return rows.map((r) => `${`check (${r.transcript})`.padEnd(34)} ${r.checkMBps.toFixed(1).padStart(7)} MB/s           SDK parse ${r.sdkMBps.toFixed(1)} MB/s, ratio ${r.ratio.toFixed(2)}x, target ≤ 2x ${r.ratio <= 2 ? 'MET' : 'NOT MET'}  (${(r.bytes / 1048576).toFixed(1)} MB, ${r.events} events, ${r.violations} violations)`);
}
