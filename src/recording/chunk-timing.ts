/**
 * SSE chunk timing (docs/decisions/0003-recording-layer.md). Polly buffers a response before it
 * answers, so the timing is taken below it: `captureChunkTiming` is installed as Polly's "native"
 * fetch and notes `[msSinceHeaders, byteLength]` per chunk into the header x-oaic-chunk-timing,
 * which Polly records with the response. On replay `paceReplay` re-emits the body as a stream with
 * the recorded gaps divided by the speed factor (0 = at once, the default).
 */
import { CHUNK_TIMING_HEADER } from '../traffic/har.ts';

type Fetch = typeof fetch;
export type ChunkTiming = [ms: number, bytes: number][];

const isEventStream = (r: Response) => (r.headers.get('content-type') ?? '').includes('text/event-stream');

export function captureChunkTiming(next: Fetch, now: () => number = () => performance.now()): Fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await next(input, init);
    if (!isEventStream(response) || !response.body) return response;
    const started = now();
    const timing: ChunkTiming = [];
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      timing.push([Math.round(now() - started), value.byteLength]);
      chunks.push(value);
    }
    const headers = new Headers(response.headers);
    headers.set(CHUNK_TIMING_HEADER, JSON.stringify(timing));
    headers.delete('content-length');
    return new Response(Buffer.concat(chunks), { status: response.status, statusText: response.statusText, headers });
  }) as Fetch;
}

export function parseChunkTiming(value: string | null): ChunkTiming | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (!Array.isArray(parsed) || !parsed.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && n >= 0))) return null;
    return parsed as ChunkTiming;
  } catch {
    return null;
  }
}

/**
 * A replayed event stream, re-emitted chunk by chunk at the recorded offsets divided by `speed`.
 * Returns the response unchanged when speed is 0, it is not an event stream, or has no timing.
 * The last chunk takes whatever bytes remain, so a body whose length changed still arrives whole.
 */
export async function paceReplay(response: Response, speed: number, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<Response> {
  if (speed <= 0 || !isEventStream(response)) return response;
  const timing = parseChunkTiming(response.headers.get(CHUNK_TIMING_HEADER));
  if (!timing?.length) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  let offset = 0;
  let clock = 0;
  let i = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    cancel() {
      cancelled = true;
    },
    async pull(controller) {
      if (i >= timing.length || offset >= body.byteLength) {
        if (offset < body.byteLength) controller.enqueue(body.subarray(offset));
        controller.close();
        return;
      }
      const [ms, bytes] = timing[i]!;
      const wait = (ms - clock) / speed;
      clock = ms;
      if (wait > 0) await sleep(wait);
      if (cancelled) return; // the reader went away (the SDK aborted the stream) while we waited
      const end = i === timing.length - 1 ? body.byteLength : Math.min(body.byteLength, offset + bytes);
      controller.enqueue(body.subarray(offset, end));
      offset = end;
      i++;
    },
  });
  return new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
}
