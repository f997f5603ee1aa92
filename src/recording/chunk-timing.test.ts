import { describe, expect, it } from 'vitest';
import { CHUNK_TIMING_HEADER } from '../traffic/har.ts';
import { captureChunkTiming, paceReplay, parseChunkTiming } from './chunk-timing.ts';

const enc = new TextEncoder();
const frames = ['event: a\ndata: 1\n\n', 'event: b\ndata: 22\n\n', 'data: [DONE]\n\n'];

/** A fetch answering an event stream whose chunks arrive on a fake clock 0, 50, 120 ms. */
function streamingFetch(clock: { t: number }): typeof fetch {
  return (async () => {
    let i = 0;
    const at = [0, 50, 120];
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (i >= frames.length) return c.close();
        clock.t = at[i]!;
        c.enqueue(enc.encode(frames[i++]!));
      },
    }, { highWaterMark: 0 });
    return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  }) as typeof fetch;
}

async function readChunks(r: Response, now: () => number): Promise<{ text: string; at: number }[]> {
  const out: { text: string; at: number }[] = [];
  const reader = r.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push({ text: new TextDecoder().decode(value), at: now() });
  }
}

describe('SSE chunk timing', () => {
  it('captures [ms, bytes] per chunk into the header and buffers the body', async () => {
    const clock = { t: 0 };
    const r = await captureChunkTiming(streamingFetch(clock), () => clock.t)('http://x/v1/responses');
    expect(parseChunkTiming(r.headers.get(CHUNK_TIMING_HEADER))).toEqual(frames.map((f, i) => [[0, 50, 120][i], enc.encode(f).byteLength]));
    expect(await r.text()).toBe(frames.join(''));
  });

  it('leaves JSON responses alone', async () => {
    const r = await captureChunkTiming((async () => Response.json({ ok: true })) as typeof fetch)('http://x');
    expect(r.headers.get(CHUNK_TIMING_HEADER)).toBeNull();
  });

  it('re-emits the recorded chunks with the gaps divided by the speed', async () => {
    const timing = frames.map((f, i) => [[0, 50, 120][i]!, enc.encode(f).byteLength]);
    const recorded = () => new Response(frames.join(''), { headers: { 'content-type': 'text/event-stream', [CHUNK_TIMING_HEADER]: JSON.stringify(timing) } });
    let t = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => void (waits.push(ms), (t += ms));
    const chunks = await readChunks(await paceReplay(recorded(), 2, sleep), () => t);
    expect(chunks.map((c) => c.text)).toEqual(frames);
    expect(waits).toEqual([25, 35]);
    expect(chunks.map((c) => c.at)).toEqual([0, 25, 60]);
    const instant = await paceReplay(recorded(), 0, sleep);
    expect(await instant.text()).toBe(frames.join(''));
    expect(waits).toHaveLength(2);
  });

  it('stops quietly when the reader cancels while it waits', async () => {
    const timing = [[0, 3], [50, 3], [100, 3]];
    const r = new Response('abcdefghi', { headers: { 'content-type': 'text/event-stream', [CHUNK_TIMING_HEADER]: JSON.stringify(timing) } });
    let release: () => void = () => undefined;
    const paced = await paceReplay(r, 1, (ms) => (ms > 0 ? new Promise<void>((res) => (release = res)) : Promise.resolve()));
    const reader = paced.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('abc');
    const next = reader.read();
    await new Promise((res) => setTimeout(res, 5));
    await reader.cancel();
    release();
    expect((await next).done).toBe(true);
  });

  it('delivers the whole body even when it no longer fits the recorded lengths', async () => {
    const r = new Response('data: a\n\ndata: bb\n\n', { headers: { 'content-type': 'text/event-stream', [CHUNK_TIMING_HEADER]: '[[0,3],[1,3]]' } });
    expect(await (await paceReplay(r, 1, async () => undefined)).text()).toBe('data: a\n\ndata: bb\n\n');
  });
});
