/**
 * Cuts a long sequence of SSE events (one `curl -N` body, or many concatenated) into streams:
 * a stream ends once it has ended (Assistants `done`, a Responses terminal event or `error`),
 * and the next event that is not a trailing `done` / `[DONE]` starts the next one. Only one stream
 * is held in memory at a time.
 */
import type { SseEvent, Traffic } from '../types.ts';

const ENDS = /^(done|error|response\.(completed|failed|incomplete))$/;

const nameOf = (ev: SseEvent): string => {
  if (ev.event !== null) return ev.event;
  const m = /"type"\s*:\s*"([^"]+)"/.exec(ev.data.slice(0, 200));
  return m?.[1] ?? (ev.data === '[DONE]' ? 'done' : '');
};

export class StreamSegmenter {
  private events: SseEvent[] = [];
  private ended = false;
  private count = 0;

  constructor(private readonly source: string) {}

  /** Adds an event; returns a finished stream when this event starts the next one. */
  push(ev: SseEvent): Traffic | null {
    const name = nameOf(ev);
    let out: Traffic | null = null;
    if (this.ended && name !== 'done' && ev.data !== '[DONE]') out = this.flush(null);
    this.events.push(ev);
    if (ENDS.test(name) || ev.data === '[DONE]') this.ended = true;
    return out;
  }

  /** The stream in progress (at end of input), with the parser's trailing text. */
  flush(trailing: string | null): Traffic | null {
    if (this.events.length === 0 && trailing === null) return null;
    const traffic: Traffic = {
      source: this.count === 0 ? this.source : `${this.source}#${this.count}`,
      exchanges: [{ index: 0, method: 'POST', path: '', query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: { 'content-type': 'text/event-stream' }, responseContentType: 'text/event-stream', responseBody: null, sse: this.events, sseTrailing: trailing }],
    };
    this.count++;
    this.events = [];
    this.ended = false;
    return traffic;
  }
}
