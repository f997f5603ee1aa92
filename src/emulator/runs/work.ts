/**
 * What an in_progress run does when it advances: ask the model (with the run's ModelContext),
 * run built-in tools it asks for (code_interpreter, file_search) as completed tool steps, then
 * end with one outcome: a message (completed or incomplete), a refusal, function calls
 * (requires_action), a failure or an expiry.
 */
import { generate, type ModelOutput } from '../model/generate.ts';
import { applyToolChoice, type ToolChoiceMode } from '../model/tool-choice.ts';
import type { Namespace } from '../store.ts';
import { messageEventWire, type MessageRecord, type TextAnnotation } from '../threads/message.ts';
import { appendMessage, getThread } from '../threads/thread.ts';
import { runCodeInterpreter } from './builtins/code-interpreter.ts';
import { runFileSearch } from './builtins/file-search.ts';
import { buildRunContext } from './context.ts';
import { annotationDelta, refusalDeltas, textDeltas } from './deltas.ts';
import { transition, type Mode, type RunEvent } from './engine.ts';
import type { RunRecord } from './run.ts';
import type { RunAction } from './states.ts';
import { finishStep, newStep, steps } from './steps.ts';
import { functionCallStep } from './tool-steps.ts';

const MAX_BUILTIN_ROUNDS = 8;

export function doWork(ns: Namespace, run: RunRecord, mode: Mode): RunEvent[] {
  let out = generate(buildRunContext(ns, run));
  if (!run.planned) {
    run.planned = true;
    if (mode === 'poll' && out.delayMs > 0) run.pollsLeft = Math.ceil(out.delayMs / 1000);
  }
  if (out.stall && run.object.status === 'in_progress') return [];
  if (run.pollsLeft > 0) {
    run.pollsLeft -= 1;
    ns.clock.tick();
    return [];
  }
  const racing = run.object.status === 'cancelling';
  const events: RunEvent[] = [];
  const delayPer = (o: ModelOutput) => (mode === 'stream' && o.delayMs > 0 ? Math.ceil(o.delayMs / Math.max(1, o.deltaCount)) : 0);
  let citations: { fileId: string; quote: string }[] = [];
  for (let round = 0; out.builtin && round < MAX_BUILTIN_ROUNDS; round++) {
    if (out.preamble) events.push(...writeMessage(ns, run, out, { type: 'text', text: out.preamble, incomplete: null }, [], delayPer(out)));
    if (out.builtin.type === 'code_interpreter') events.push(...runCodeInterpreter(ns, run, out, delayPer(out)));
    else citations = runFileSearch(ns, run, out, events);
    out = generate(buildRunContext(ns, run));
  }
  let turn = run.toolTurns.some((t) => t.kind === 'tool_output') ? out.turn : applyToolChoice(buildRunContext(ns, run), out.turn, toolChoiceMode(run.object.tool_choice), functionNames(run));
  const maxPrompt = run.object.max_prompt_tokens;
  if (turn.kind === 'message' && turn.incomplete === null && maxPrompt !== null && out.usage.prompt_tokens > maxPrompt) turn = { ...turn, text: turn.text.slice(0, Math.max(1, Math.floor(turn.text.length / 2))), incomplete: 'max_prompt_tokens' };
  // Known issue 10: under the race fault only a plain answer beats the cancel.
  if (racing && !(turn.kind === 'message' && turn.incomplete === null)) return [...events, transition(ns, run, 'confirm_cancel')];
  switch (turn.kind) {
    case 'tool_calls':
      return [...events, ...functionCallStep(ns, run, { ...out, turn }, delayPer(out))];
    case 'failed':
      run.object.last_error = { code: turn.code, message: turn.message };
      return [...events, ...abortedMessage(ns, run, out, 'failed', 'fail', { code: turn.code, message: turn.message })];
    case 'expired':
      return [...events, ...abortedMessage(ns, run, out, 'expired', 'expire', null)];
    case 'refusal':
      return [...events, ...messageOutcome(ns, run, out, { type: 'refusal', text: turn.text }, [], racing ? 'win_cancel_race' : 'complete', delayPer(out))];
    case 'message': {
      if (!racing && out.directives.some((d) => d.verb === 'cancel')) return [...events, ...cancelMidway(ns, run, out, turn.text, delayPer(out))];
      const annotations = cite(turn.text, citations);
      const action: RunAction = racing ? 'win_cancel_race' : turn.incomplete ? 'truncate' : 'complete';
      if (turn.incomplete) run.object.incomplete_details = { reason: turn.incomplete };
      return [...events, ...messageOutcome(ns, run, out, { type: 'text', text: turn.text, incomplete: turn.incomplete }, annotations, action, delayPer(out))];
    }
  }
}

function startMessage(ns: Namespace, run: RunRecord): { message: MessageRecord; events: RunEvent[]; stepId: string } {
  const thread = getThread(ns, run.object.thread_id);
  const messageId = ns.ids.next('msg_');
  const step = newStep(ns, run, { type: 'message_creation', message_creation: { message_id: messageId } });
  const message: MessageRecord = {
    id: messageId, object: 'thread.message', created_at: step.created_at, assistant_id: run.object.assistant_id, thread_id: thread.object.id, run_id: run.object.id,
    status: 'in_progress', incomplete_details: null, incomplete_at: null, completed_at: null, role: 'assistant', content: [], attachments: [], metadata: {},
  };
  appendMessage(ns, thread, message);
  const events: RunEvent[] = [
    { event: 'thread.run.step.created', data: structuredClone(step) },
    { event: 'thread.run.step.in_progress', data: structuredClone(step) },
    { event: 'thread.message.created', data: messageEventWire(message) },
    { event: 'thread.message.in_progress', data: messageEventWire(message) },
  ];
  return { message, events, stepId: step.id };
}

type Body = { type: 'text'; text: string; incomplete: string | null } | { type: 'refusal'; text: string };

function messageOutcome(ns: Namespace, run: RunRecord, out: ModelOutput, body: Body, annotations: TextAnnotation[], action: RunAction, delayMs: number): RunEvent[] {
  return [...writeMessage(ns, run, out, body, annotations, delayMs), transition(ns, run, action)];
}

/** A message_creation step with its message, streamed, completed (or incomplete). */
function writeMessage(ns: Namespace, run: RunRecord, out: ModelOutput, body: Body, annotations: TextAnnotation[], delayMs: number): RunEvent[] {
  const { message, events, stepId } = startMessage(ns, run);
  if (body.type === 'text') {
    events.push(...textDeltas(message.id, body.text, out.deltaCount, delayMs), ...annotationDelta(message.id, annotations));
    message.content = [{ type: 'text', text: { value: body.text, annotations } }];
  } else {
    events.push(...refusalDeltas(message.id, body.text, out.deltaCount, delayMs));
    message.content = [{ type: 'refusal', refusal: body.text }];
  }
  const now = ns.clock.tick();
  if (body.type === 'text' && body.incomplete) {
    Object.assign(message, { status: 'incomplete', incomplete_details: { reason: 'max_tokens' }, incomplete_at: now });
    events.push({ event: 'thread.message.incomplete', data: messageEventWire(message) });
  } else {
    Object.assign(message, { status: 'completed', completed_at: now });
    events.push({ event: 'thread.message.completed', data: messageEventWire(message) });
  }
  return [...events, ...endStep(ns, run, stepId, 'completed', out, null)];
}

/** `cancel` directive: a cancel arrives while the message is half written; the next move ends it. */
function cancelMidway(ns: Namespace, run: RunRecord, out: ModelOutput, text: string, delayMs: number): RunEvent[] {
  const { message, events } = startMessage(ns, run);
  const partial = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  events.push(...textDeltas(message.id, partial, Math.max(1, Math.ceil(out.deltaCount / 2)), delayMs));
  message.content = [{ type: 'text', text: { value: partial, annotations: [] } }];
  return [...events, transition(ns, run, 'cancel')];
}

/** A failure or expiry while writing: the message ends incomplete, its step failed/expired. */
function abortedMessage(ns: Namespace, run: RunRecord, out: ModelOutput, status: 'failed' | 'expired', action: RunAction, error: { code: string; message: string } | null): RunEvent[] {
  const { message, events, stepId } = startMessage(ns, run);
  Object.assign(message, { status: 'incomplete', incomplete_details: { reason: status === 'failed' ? 'run_failed' : 'run_expired' }, incomplete_at: ns.clock.tick() });
  events.push({ event: 'thread.message.incomplete', data: messageEventWire(message) });
  return [...events, ...endStep(ns, run, stepId, status, out, error), transition(ns, run, action)];
}

function endStep(ns: Namespace, run: RunRecord, stepId: string, status: 'completed' | 'failed' | 'expired', out: ModelOutput, error: { code: string; message: string } | null): RunEvent[] {
  const step = steps(ns).get(stepId)!;
  finishStep(ns, run, step, status, { prompt: out.usage.prompt_tokens, completion: status === 'completed' ? out.usage.completion_tokens : 0 }, error);
  return [{ event: `thread.run.step.${status}`, data: structuredClone(step) }];
}

/** file_citation annotations for each quote found in the reply. */
function cite(text: string, citations: readonly { fileId: string; quote: string }[]): TextAnnotation[] {
  const out: TextAnnotation[] = [];
  let from = 0;
  for (const c of citations) {
    const at = text.indexOf(c.quote, from);
    if (at === -1 || c.quote === '') continue;
    out.push({ type: 'file_citation', text: c.quote, start_index: at, end_index: at + c.quote.length, file_citation: { file_id: c.fileId } });
    from = at + c.quote.length;
  }
  return out;
}

function toolChoiceMode(choice: unknown): ToolChoiceMode {
  if (choice === 'none' || choice === 'required') return { kind: choice };
  if (typeof choice === 'object' && choice !== null) {
    const fn = (choice as { type?: unknown; function?: { name?: unknown } }).function;
    if ((choice as { type?: unknown }).type === 'function' && typeof fn?.name === 'string') return { kind: 'function', name: fn.name };
  }
  return { kind: 'auto' };
}

const functionNames = (run: RunRecord): string[] => run.object.tools.flatMap((t) => (t.type === 'function' ? [t.function.name] : []));
