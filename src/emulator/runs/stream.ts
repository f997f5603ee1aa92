/**
 * Assistants SSE framing: `event: <name>` / `data: <json>` per event, closed by `event: done` /
 * `data: [DONE]` (the framing AssistantStream expects; see ../shared/notes/known-issues.md).
 */
import type { EmuResponse, SseFrame } from '../http.ts';
import type { RunEvent } from './engine.ts';

export const STREAM_ERROR_FAULT = 'assistants-stream-error';

export function sseResponse(events: readonly RunEvent[], opts: { error?: boolean } = {}): EmuResponse {
  const frames: SseFrame[] = [];
  for (const e of events) {
    const frame: SseFrame = { event: e.event, data: JSON.stringify(e.data) };
    if (e.delayMs) frame.delayMs = e.delayMs;
    frames.push(frame);
    if (opts.error && e.event === 'thread.run.in_progress') {
      // Known issue 2 trigger: a flat `event: error` frame, then the stream ends.
      frames.push({ event: 'error', data: JSON.stringify({ message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null }) });
      return { kind: 'sse', frames };
    }
  }
  frames.push({ event: 'done', data: '[DONE]' });
  return { kind: 'sse', frames };
}
