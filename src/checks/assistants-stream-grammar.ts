/**
 * Assistants stream grammar: run, step and message scopes, each with its own machine keyed by
 * object id (assistants-stream-table.ts); deltas only between created and terminal; the stream
 * ends with a terminal run event or requires_action (or an error), then `done`; a stream resumed
 * by submit_tool_outputs continues the scopes of the stream before it; concatenated deltas equal
 * the completed message or step (and the run's required_action arguments).
 */
import type { HttpExchange, Traffic } from '../traffic/types.ts';
import { DeltaAccumulator, MESSAGE_DELTA_FIELDS, pick, STEP_DELTA_FIELDS, type DeltaProblem } from './assistants-deltas.ts';
import { ACTIVE_RUN_STATES, ASSISTANT_EVENT_SCOPE, CLOSING_RUN_STATES, RUN_STREAM_ENDINGS, SCOPE_EVENT_STATUS, SCOPE_MACHINE, suffixOf } from './assistants-stream-table.ts';
import { defineCheck } from './check.ts';
import { apiOf, isRecord, str, streamApi, streamData, type Json } from './observe.ts';
import { violation, type Violation, type Where } from './violation.ts';

export type AssistantsStreamRule =
  | 'AS_UNKNOWN_EVENT'
  | 'AS_BAD_DATA'
  | 'AS_ILLEGAL_ORDER'
  | 'AS_EVENT_STATUS_MISMATCH'
  | 'AS_RUN_NOT_ACTIVE'
  | 'AS_FOREIGN_SCOPE'
  | 'AS_SCOPE_NOT_TERMINATED'
  | 'AS_EVENT_AFTER_END'
  | 'AS_NOT_TERMINATED'
  | 'AS_NO_DONE'
  | 'AS_EVENT_AFTER_DONE'
  | 'AS_CUT_MID_FRAME'
  | 'AS_DELTA_INDEX'
  | 'AS_DELTA_MISMATCH';

type V = Violation<AssistantsStreamRule>;
type Kind = 'run' | 'step' | 'message';

interface ScopeState { kind: Kind; state: string; created: boolean; runId: string | null; acc: DeltaAccumulator; messageId?: string }

const isAssistantsStream = (ex: HttpExchange): boolean => ex.sse !== null && ex.sse.length > 0 && (apiOf(ex) === 'assistants' || (apiOf(ex) === 'other' && streamApi(ex.sse) === 'assistants'));

/** A stream continuing an earlier one: submit_tool_outputs, or a bare transcript not starting with a creation. */
function isResumed(ex: HttpExchange): boolean {
  if (ex.path.endsWith('/submit_tool_outputs')) return true;
  const first = ex.sse?.[0]?.event ?? '';
  return apiOf(ex) === 'other' && first !== 'thread.created' && first !== 'thread.run.created';
}

export function checkAssistantsStreams(traffic: Traffic): V[] {
  const out: V[] = [];
  const scopes = new Map<string, ScopeState>();
  for (const ex of traffic.exchanges) if (isAssistantsStream(ex)) checkStream(ex, traffic.source, scopes, out);
  return out;
}

function checkStream(ex: HttpExchange, source: string, scopes: Map<string, ScopeState>, out: V[]): void {
  const stepOfMessage = new Map<string, string>();
  const events = ex.sse ?? [];
  const resumed = isResumed(ex);
  let runId: string | null = null;
  let ended: string | null = null; // run ending or 'error'
  let done = false;
  const base = (i: number, scope?: string): Where => (scope ? { source, exchange: ex.index, event: i, scope } : { source, exchange: ex.index, event: i });
  const parsed = streamData(events);
  let pos = -1;
  for (const ev of events) {
    pos++;
    const name = ev.event ?? '';
    const kind = ASSISTANT_EVENT_SCOPE[name];
    if (done) {
      out.push(violation('AS_EVENT_AFTER_DONE', base(ev.index), name, 'end of stream', `Event ${name} after done`));
      continue;
    }
    if (kind === undefined) {
      out.push(violation('AS_UNKNOWN_EVENT', base(ev.index), name, 'an AssistantStreamEvent', `Unknown event "${name}" (the spec says to ignore unknown events)`, 'info'));
      continue;
    }
    if (kind === 'done') {
      if (ended === null) out.push(violation('AS_NOT_TERMINATED', base(ev.index), name, 'a terminal run event, requires_action or error before done', 'done arrived before the run ended or required action'));
      done = true;
      continue;
    }
    if (ended !== null && kind !== 'error') out.push(violation('AS_EVENT_AFTER_END', base(ev.index), name, 'done', `Event ${name} after the run ${ended === 'error' ? 'errored' : `reached ${ended}`}`));
    if (kind === 'error') {
      ended = 'error';
      continue;
    }
    const data = parsed[pos];
    const id = isRecord(data) ? str(data['id']) : undefined;
    if (!isRecord(data) || id === undefined) {
      out.push(violation('AS_BAD_DATA', base(ev.index), ev.data.slice(0, 80), 'a JSON object with an id', `Event ${name} carries no object id`));
      continue;
    }
    if (kind === 'thread') {
      if (ev.index > 0) out.push(violation('AS_ILLEGAL_ORDER', base(ev.index), name, 'the first event', 'thread.created must open the stream'));
      continue;
    }
    const scopeName = `${kind}:${id}`;
    const suffix = suffixOf(name);
    let scope = scopes.get(id);
    if (!scope) {
      // Only what precedes the run's first event of a resumed stream continues an earlier stream.
      scope = { kind, state: resumed && runId === null && suffix !== 'created' ? 'resumed' : 'start', created: !(resumed && runId === null && suffix !== 'created'), runId: kind === 'run' ? id : str(data['run_id']) ?? null, acc: new DeltaAccumulator() };
      scopes.set(id, scope);
    }
    if (!SCOPE_MACHINE[kind][scope.state]?.includes(suffix)) out.push(violation('AS_ILLEGAL_ORDER', base(ev.index, scopeName), `${scope.state} → ${suffix}`, SCOPE_MACHINE[kind][scope.state] ?? [], `${name} may not follow ${scope.state === 'start' ? 'nothing (the scope was never created)' : `${kind} ${scope.state}`}`));
    if (kind === 'run') {
      runId = id;
      scope.state = suffix;
      if (RUN_STREAM_ENDINGS.includes(suffix)) {
        ended = suffix;
        closeRun(id, suffix, data, scopes, base(ev.index, scopeName), out);
      }
      continue;
    }
    const run = runId !== null ? scopes.get(runId) : undefined;
    const ownRun = str(data['run_id']) ?? scope.runId;
    if (runId !== null && ownRun !== null && ownRun !== runId) out.push(violation('AS_FOREIGN_SCOPE', { ...base(ev.index, scopeName), path: '$.run_id' }, ownRun, runId, `${name} belongs to run ${ownRun}, the stream's run is ${runId}`));
    const runState = run?.state ?? (resumed ? 'resumed' : 'start');
    if (!ACTIVE_RUN_STATES[kind].includes(runState) && !(kind === 'step' && resumed && runId === null)) out.push(violation('AS_RUN_NOT_ACTIVE', base(ev.index, scopeName), runState, ACTIVE_RUN_STATES[kind], `${name} while the run is ${runState}`));
    const ownStep = kind === 'message' ? scopes.get(stepOfMessage.get(id) ?? '') : undefined;
    if (ownStep && SCOPE_MACHINE.step[ownStep.state]?.length === 0) out.push(violation('AS_ILLEGAL_ORDER', base(ev.index, scopeName), `step ${ownStep.state}`, 'its message-creation step open', `${name} after its message-creation step ended (${ownStep.state})`));
    if (suffix === 'delta') {
      const delta = data['delta'];
      const problems = kind === 'message' ? scope.acc.apply(pick(delta, 'content'), MESSAGE_DELTA_FIELDS, '$.delta.content') : scope.acc.apply(pick(delta, 'step_details.tool_calls'), STEP_DELTA_FIELDS, '$.delta.step_details.tool_calls');
      if (problems.length) report(problems, base(ev.index, scopeName), out);
    } else {
      const want = SCOPE_EVENT_STATUS[kind][suffix];
      if (want !== undefined && data['status'] !== want) out.push(violation('AS_EVENT_STATUS_MISMATCH', { ...base(ev.index, scopeName), path: '$.status' }, data['status'], want, `${name} carries status ${JSON.stringify(data['status'])}`));
      const messageId = kind === 'step' ? str(pick(data, 'step_details.message_creation.message_id')) : undefined;
      if (messageId !== undefined && scope.messageId === undefined) {
        scope.messageId = messageId;
        if (scopes.has(messageId)) out.push(violation('AS_ILLEGAL_ORDER', base(ev.index, scopeName), `message ${messageId} seen first`, 'step.created before its message', `Message-creation step created after its message ${messageId}`));
        stepOfMessage.set(messageId, id);
      }
      if (SCOPE_MACHINE[kind][suffix]?.length === 0) {
        const problems = kind === 'message' ? scope.acc.compare(data['content'], '$.content', MESSAGE_DELTA_FIELDS, scope.created) : scope.acc.compare(pick(data, 'step_details.tool_calls'), '$.step_details.tool_calls', STEP_DELTA_FIELDS, scope.created);
        if (problems.length) report(problems, base(ev.index, scopeName), out);
        const msg = scope.messageId !== undefined ? scopes.get(scope.messageId) : undefined;
        if (kind === 'step' && suffix === 'completed' && msg && SCOPE_MACHINE.message[msg.state]?.length !== 0) out.push(violation('AS_ILLEGAL_ORDER', base(ev.index, scopeName), `message ${scope.messageId} ${msg.state}`, 'message terminal first', `Message-creation step completed before its message ${scope.messageId}`));
      }
    }
    scope.state = suffix;
  }
  if (ex.sseTrailing) out.push(violation('AS_CUT_MID_FRAME', base(events.length), ex.sseTrailing.slice(0, 80), 'a blank line after the last event', 'The stream ends inside an event frame'));
  // After an `error` the service may close without `done`; an aborted transfer is not the service's stream.
  if (!done && ended !== 'error' && !ex.transportError) out.push(violation('AS_NO_DONE', base(events.length), events.at(-1)?.event ?? null, 'done', ended ? 'The stream ends without the done event' : 'The stream ends before the run ended, required action or errored, and without done'));
}

function closeRun(runId: string, ending: string, run: Json, scopes: Map<string, ScopeState>, at: Where, out: V[]): void {
  const kinds = CLOSING_RUN_STATES[ending] ?? [];
  for (const [id, s] of scopes) {
    if (s.runId !== runId || s.kind === 'run' || !kinds.includes(s.kind)) continue;
    if (SCOPE_MACHINE[s.kind][s.state]?.length !== 0) out.push(violation('AS_SCOPE_NOT_TERMINATED', { ...at, scope: `${s.kind}:${id}` }, s.state, 'a terminal event', `Run ${ending} while ${s.kind} ${id} is still ${s.state}`));
  }
  if (ending !== 'requires_action') return;
  const calls = pick(run, 'required_action.submit_tool_outputs.tool_calls');
  const streamed = new Map<string, string>();
  for (const s of scopes.values()) if (s.kind === 'step' && s.runId === runId) for (const [k, v] of s.acc.argumentsById()) streamed.set(k, v);
  if (!Array.isArray(calls)) return;
  calls.forEach((c: unknown, i) => {
    const id = str(pick(c, 'id'));
    const args = str(pick(c, 'function.arguments'));
    const got = id !== undefined ? streamed.get(id) : undefined;
    if (got !== undefined && args !== undefined && got !== args) out.push(violation('AS_DELTA_MISMATCH', { ...at, path: `$.required_action.submit_tool_outputs.tool_calls[${i}].function.arguments` }, got, args, `Streamed arguments of ${id} differ from required_action`));
  });
}

function report(problems: DeltaProblem[], at: Where, out: V[]): void {
  for (const p of problems) out.push(violation(p.kind === 'index' ? 'AS_DELTA_INDEX' : 'AS_DELTA_MISMATCH', { ...at, path: p.path }, p.observed, p.expected, p.message));
}

export const assistantsStreamGrammar = defineCheck({
  id: 'assistants-stream-grammar',
  description: 'Assistants run streams follow the run/step/message event grammar and their deltas add up',
  run: (traffic) => checkAssistantsStreams(traffic),
});
