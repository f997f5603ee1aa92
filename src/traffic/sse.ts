import type { SseEvent, SseTranscript } from './types.ts';

/**
 * Incremental SSE parser following the WHATWG event-stream rules: lines end in CRLF, LF or CR;
 * `:` starts a comment; `data` lines join with "\n"; a blank line dispatches; a frame with no
 * data field is not dispatched. Feed chunks with `push()`, finish with `end()`.
 */
export class SseParser {
  private buffer = '';
  private event: string | null = null;
  private data: string[] = [];
  private id: string | undefined;
  private sawField = false;
  private pendingCR = false;
  private next = 0;

  constructor(private readonly clock?: () => number) {}

  /** Adds text; returns the events completed by it. */
  push(chunk: string): SseEvent[] {
    const out: SseEvent[] = [];
    let text = chunk;
    if (this.pendingCR && text.startsWith('\n')) text = text.slice(1);
    this.pendingCR = false;
    this.buffer += text;
    let start = 0;
    const buf = this.buffer;
    for (let i = 0; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.line(buf.slice(start, i), out);
      if (c === 13) {
        if (i + 1 < buf.length) {
          if (buf.charCodeAt(i + 1) === 10) i++;
        } else {
          this.pendingCR = true;
        }
      }
      start = i + 1;
    }
    this.buffer = buf.slice(start);
    return out;
  }

  /** Ends the input; anything not terminated by a blank line is returned as `trailing`. */
  end(): { events: SseEvent[]; trailing: string | null } {
    const pending = this.buffer;
    const hadFields = this.sawField || pending.length > 0;
    let trailing: string | null = null;
    if (hadFields) {
      const lines: string[] = [];
      if (this.event !== null) lines.push(`event: ${this.event}`);
      for (const d of this.data) lines.push(`data: ${d}`);
      if (pending.length > 0) lines.push(pending);
      trailing = lines.join('\n');
    }
    this.buffer = '';
    this.reset();
    return { events: [], trailing };
  }

  private reset(): void {
    this.event = null;
    this.data = [];
    this.id = undefined;
    this.sawField = false;
  }

  private line(line: string, out: SseEvent[]): void {
    if (line.length === 0) {
      if (this.data.length > 0) {
        const ev: SseEvent = { index: this.next++, event: this.event, data: this.data.join('\n') };
        if (this.id !== undefined) ev.id = this.id;
        if (this.clock) ev.atMs = this.clock();
        out.push(ev);
      }
      this.reset();
      return;
    }
    if (line.charCodeAt(0) === 58 /* : */) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    this.sawField = true;
    switch (field) {
      case 'event': this.event = value; break;
      case 'data': this.data.push(value); break;
      case 'id': if (!value.includes('\0')) this.id = value; break;
      default: break; // `retry` and unknown fields carry nothing the checks need
    }
  }
}

/** Parses a whole SSE body. */
export function parseSse(text: string): SseTranscript {
  const parser = new SseParser();
  const events = parser.push(text);
  const { trailing } = parser.end();
  return { events, trailing };
}

/** Serialises events back to wire text (`event:` line when named, `data:` lines, blank line). */
export function formatSse(events: readonly Pick<SseEvent, 'event' | 'data'>[]): string {
  let out = '';
  for (const e of events) {
    if (e.event !== null) out += `event: ${e.event}\n`;
    for (const line of e.data.split('\n')) out += `data: ${line}\n`;
    out += '\n';
  }
  return out;
}
