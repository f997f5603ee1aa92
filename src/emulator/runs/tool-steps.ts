/**
 * Function calling: the model's calls become a tool_calls step (arguments streamed in deltas)
 * and the run waits in requires_action; submit_tool_outputs completes that step first (the
 * resumed stream opens with `thread.run.step.completed`) and queues the run again.
 */
import { badRequest } from '../errors.ts';
import type { ModelOutput } from '../model/generate.ts';
import type { Namespace } from '../store.ts';
import { arrayMax, isObject, wrongType } from '../assistants/validate.ts';
import { missingParam } from '../errors.ts';
import { functionCallDeltas } from './deltas.ts';
import { transition, type RunEvent } from './engine.ts';
import type { RunRecord } from './run.ts';
import { finishStep, newStep, steps, type StepToolCall } from './steps.ts';

export function functionCallStep(ns: Namespace, run: RunRecord, out: ModelOutput, delayMs: number): RunEvent[] {
  if (out.turn.kind !== 'tool_calls') return [];
  const wanted = run.object.parallel_tool_calls ? out.turn.calls : out.turn.calls.slice(0, 1);
  const calls = wanted.map((c) => ({ id: ns.ids.next('call_'), name: c.name, arguments: c.arguments }));
  const step = newStep(ns, run, { type: 'tool_calls', tool_calls: [] });
  const events: RunEvent[] = [
    { event: 'thread.run.step.created', data: structuredClone(step) },
    { event: 'thread.run.step.in_progress', data: structuredClone(step) },
  ];
  calls.forEach((c, i) => events.push(...functionCallDeltas(step.id, i, c, out.deltaCount, delayMs)));
  step.step_details = { type: 'tool_calls', tool_calls: calls.map((c): StepToolCall => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments, output: null } })) };
  for (const c of calls) run.toolTurns.push({ kind: 'tool_call', call: { callId: c.id, name: c.name, arguments: c.arguments } });
  run.pendingToolStep = { stepId: step.id, prompt: out.usage.prompt_tokens, completion: out.usage.completion_tokens };
  run.object.required_action = { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })) } };
  return [...events, transition(ns, run, 'require_tools')];
}

/** Validates `tool_outputs` against the run's pending calls; returns outputs by call id. */
export function parseToolOutputs(run: RunRecord, body: Record<string, unknown>): Map<string, string> {
  if (run.object.status !== 'requires_action') throw badRequest(`Runs in status "${run.object.status}" do not accept tool outputs.`);
  if (body['tool_outputs'] === undefined) throw missingParam('tool_outputs');
  const list = arrayMax('tool_outputs', body['tool_outputs'], 128);
  const given = new Map<string, string>();
  list.forEach((o, i) => {
    if (!isObject(o)) throw wrongType(`tool_outputs[${i}]`, 'an object', o);
    const id = o['tool_call_id'];
    const output = o['output'];
    if (id !== undefined && typeof id !== 'string') throw wrongType(`tool_outputs[${i}].tool_call_id`, 'a string', id);
    if (output !== undefined && typeof output !== 'string') throw wrongType(`tool_outputs[${i}].output`, 'a string', output);
    if (typeof id === 'string') given.set(id, output ?? '');
  });
  const expected = run.object.required_action?.submit_tool_outputs.tool_calls.map((c) => c.id) ?? [];
  const got = [...given.keys()];
  if (expected.length !== got.length || expected.some((id) => !given.has(id))) {
    throw badRequest(`Expected tool outputs for call_ids [${expected.map((x) => `'${x}'`).join(', ')}], got [${got.map((x) => `'${x}'`).join(', ')}]`);
  }
  return given;
}

export function submitToolOutputs(ns: Namespace, run: RunRecord, outputs: Map<string, string>): RunEvent[] {
  const events: RunEvent[] = [];
  const pending = run.pendingToolStep;
  const step = pending ? steps(ns).get(pending.stepId) : undefined;
  if (step && step.step_details.type === 'tool_calls') {
    for (const c of step.step_details.tool_calls) if (c.type === 'function') c.function.output = outputs.get(c.id) ?? '';
    finishStep(ns, run, step, 'completed', pending ? { prompt: pending.prompt, completion: pending.completion } : null);
    events.push({ event: 'thread.run.step.completed', data: structuredClone(step) });
  }
  run.pendingToolStep = null;
  for (const [callId, output] of outputs) run.toolTurns.push({ kind: 'tool_output', output: { callId, output } });
  return [...events, transition(ns, run, 'submit_tools')];
}
