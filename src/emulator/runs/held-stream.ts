/**
 * A stream whose run stalls (`[[oaic:stall MS]]`) stays open up to MS and watches the run: when
 * something else moves it (a cancel, an expiry), the stream carries on with those events and
 * whatever follows, as the service streams a cancel that arrives mid-run. With no MS, or when
 * nothing happens in time, the stream ends with `done` and no terminal run event.
 */
import type { Namespace } from '../store.ts';
import { settle, type RunEvent } from './engine.ts';
import { runSnapshot, type RunRecord } from './run.ts';
import { isTerminal } from './states.ts';

const WATCH_MS = 5;

export function stallHold(run: RunRecord, events: readonly RunEvent[], directives: readonly { verb: string; ms?: number }[]): number {
  if (run.object.status !== 'in_progress' || events.length === 0) return 0;
  const d = directives.find((x) => x.verb === 'stall');
  return d?.ms ?? 0;
}

export async function* heldEvents(ns: Namespace, run: RunRecord, first: readonly RunEvent[], holdMs: number): AsyncGenerator<RunEvent> {
  yield* first;
  const until = Date.now() + holdMs;
  while (Date.now() < until && run.object.status === 'in_progress') await new Promise((r) => setTimeout(r, WATCH_MS));
  if (run.object.status === 'in_progress') return;
  // Moved by another request: report the status it reached, then let the run carry on.
  yield { event: `thread.run.${run.object.status}`, data: runSnapshot(run) };
  if (!isTerminal(run.object.status)) yield* settle(ns, run, 'stream');
}
