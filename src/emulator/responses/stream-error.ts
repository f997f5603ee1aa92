/**
 * The `responses-stream-error` fault: a streamed response fails part-way the way the spec's
 * ResponseErrorEvent describes — the events up to the first delta (or up to response.in_progress
 * when the turn has no deltas), then one `event: error` frame `{type: 'error', code, message,
 * param, sequence_number}`, and the stream ends. No response.failed follows: the corpus holds no
 * real Responses error stream and the spec does not say one follows (docs/discoveries/
 * responses-streams.md); the SDK throws APIError on the error frame either way. The stored
 * response ends `failed` with the same error and no output.
 */
import type { SseFrame } from '../http.ts';
import type { ResponseState } from './object.ts';

export const RESPONSES_STREAM_ERROR_FAULT = 'responses-stream-error';

/** The text the service's Responses backend sends for a mid-stream server error (third-party logs; the API corpus has none). */
export const streamErrorMessage = (requestId: string): string =>
  `An error occurred while processing your request. You can retry your request, or contact us through our help center at help.openai.com if the error persists. Please include the request ID ${requestId} in your message.`;

const typeOf = (f: SseFrame): string => f.event ?? '';

/** The frames of a successful stream, cut after the first delta and closed by the error event. */
export function cutWithError(frames: readonly SseFrame[], requestId: string): SseFrame[] {
  const firstDelta = frames.findIndex((f) => typeOf(f).endsWith('.delta'));
  const inProgress = frames.findIndex((f) => typeOf(f) === 'response.in_progress');
  const kept = frames.slice(0, (firstDelta !== -1 ? firstDelta : inProgress) + 1);
  const error = { type: 'error', code: 'server_error', message: streamErrorMessage(requestId), param: null, sequence_number: kept.length };
  return [...kept, { event: 'error', data: JSON.stringify(error) }];
}

/** The stored state of a response whose stream failed with the error event. */
export function failedState(s: ResponseState, requestId: string): ResponseState {
  return { ...s, status: 'failed', completedAt: null, output: [], usage: null, incompleteDetails: null, error: { code: 'server_error', message: streamErrorMessage(requestId) } };
}
