/**
 * Background mode (`background: true`): the response is created `queued`; each retrieve moves it
 * one step (queued → in_progress → its final status), as the real service's polls show;
 * `[[oaic:delay ms]]` adds one in_progress poll per started second (as polled runs do).
 * `[[oaic:stall]]` keeps it in_progress until cancelled. `POST /responses/{id}/cancel` moves a
 * queued or in_progress background response to `cancelled`. `GET /responses/{id}?stream=true
 * &starting_after=N` replays a background response's events after sequence number N (running it
 * to its end first, unless it is stalled or cancelled: then the stream stops after in_progress).
 */
import { badRequest } from '../errors.ts';
import type { Clock } from '../clock.ts';
import type { SseFrame } from '../http.ts';
import { finish, finalState } from './create.ts';
import type { StoredResponse } from './store.ts';
import { streamFrames } from './stream.ts';

/** One poll: advance a pending background response. */
export function advance(stored: StoredResponse, clock: Clock): void {
  const pending = stored.pending;
  if (!pending) return;
  pending.polls += 1;
  if (stored.state.status === 'queued') {
    stored.state = { ...stored.state, status: 'in_progress' };
    return;
  }
  if (pending.result.stall) return;
  if (pending.waits > 0) {
    pending.waits -= 1;
    clock.tick();
    return;
  }
  const s = stored.state;
  finish(stored, finalState(s.id, s.createdAt, clock.tick(), pending.result));
}

export function cancel(stored: StoredResponse): void {
  if (!stored.params.background) throw badRequest('Only responses created with background=true can be cancelled.', null, null);
  const status = stored.state.status;
  if (status === 'cancelled') return;
  if (status !== 'queued' && status !== 'in_progress') throw badRequest(`Cannot cancel a response with status '${status}'.`, null, null);
  const produced = stored.pending?.result.output.length ?? 0;
  stored.history = stored.history.slice(0, stored.history.length - produced);
  stored.onFinish = null;
  finish(stored, { ...stored.state, status: 'cancelled', output: [], usage: null });
}

/** The events of a background response after `startingAfter`, as the resumed stream sends them. */
export function resume(stored: StoredResponse, clock: Clock, startingAfter: number): SseFrame[] {
  if (!stored.params.background) throw badRequest('Only responses created with background=true can be streamed.', 'stream', null);
  const pending = stored.pending;
  if (pending && !pending.result.stall) {
    const s = stored.state;
    finish(stored, finalState(s.id, s.createdAt, clock.tick(), pending.result));
  }
  const frames = streamFrames(stored.params, stored.state, stored.result);
  const open = stored.state.status === 'cancelled' || stored.state.status === 'queued' || stored.state.status === 'in_progress';
  return frames.slice(0, open ? 3 : frames.length).slice(Math.max(0, startingAfter + 1));
}
