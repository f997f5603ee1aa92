/**
 * Assistants SSE framing: `event: <name>` / `data: <json>` per event, closed by `event: done` /
 * `data: [DONE]` (the framing AssistantStream expects; see ../shared/notes/known-issues.md).
 */
import type { EmuResponse, SseFrame } from '../http.ts';
import type { RunEvent } from './engine.ts';

export const STREAM_ERROR_FAULT = 'assistants-stream-error';

export function sseResponse(events: Iterable<RunEvent> | AsyncIterable<RunEvent>, opts: { error?: boolean } = {}): EmuResponse {
  return { kind: 'sse', frames: frames(events, opts.error === true) };
}

async function* frames(events: Iterable<RunEvent> | AsyncIterable<RunEvent>, error: boolean): AsyncGenerator<SseFrame> {
  for await (const e of events) {
    const frame: SseFrame = { event: e.event, data: JSON.stringify(e.data) };
    if (e.delayMs) frame.delayMs = e.delayMs;
    yield frame;
    if (error && e.event === 'thread.run.in_progress') {
      // Known issue 2 trigger: a flat `event: error` frame, then the stream ends.
      yield { event: 'error', data: JSON.stringify({ message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null }) };
      return;
    }
  }
  yield { event: 'done', data: '[DONE]' };
}
