/**
 * The code_interpreter tool as a completed tool_calls step: the input streams in deltas, then the
 * outputs (logs, and an image stored as a real PNG in the files store with purpose
 * `assistants_output`). The call and its logs enter the run's model context.
 */
import { splitDeltas, type ModelOutput } from '../../model/generate.ts';
import { putFile } from '../../files/store.ts';
import type { Namespace } from '../../store.ts';
import { stepDelta } from '../deltas.ts';
import type { RunEvent } from '../engine.ts';
import type { RunRecord } from '../run.ts';
import { finishStep, newStep, type CodeOutput } from '../steps.ts';
import { barChartPng } from './png.ts';
import { simulatePython } from './python-sim.ts';

export function runCodeInterpreter(ns: Namespace, run: RunRecord, out: ModelOutput, delayMs: number): RunEvent[] {
  if (out.builtin?.type !== 'code_interpreter') return [];
  const source = out.builtin.source;
  const step = newStep(ns, run, { type: 'tool_calls', tool_calls: [] });
  const callId = ns.ids.next('call_');
  const events: RunEvent[] = [
    { event: 'thread.run.step.created', data: structuredClone(step) },
    { event: 'thread.run.step.in_progress', data: structuredClone(step) },
    stepDelta(step.id, { index: 0, id: callId, type: 'code_interpreter', code_interpreter: { input: '', outputs: [] } }),
    ...splitDeltas(source, out.deltaCount).map((input) => stepDelta(step.id, { index: 0, type: 'code_interpreter', code_interpreter: { input } }, delayMs)),
  ];
  const sim = simulatePython(source);
  const outputs: CodeOutput[] = [];
  if (sim.logs) outputs.push({ type: 'logs', logs: sim.logs });
  if (sim.image) {
    const file = putFile(ns, { filename: `${callId}.png`, purpose: 'assistants_output', content: barChartPng(sim.numbers) });
    outputs.push({ type: 'image', image: { file_id: file.id } });
  }
  if (outputs.length) events.push(stepDelta(step.id, { index: 0, type: 'code_interpreter', code_interpreter: { outputs: outputs.map((o, index) => ({ index, ...o })) } }));
  step.step_details = { type: 'tool_calls', tool_calls: [{ id: callId, type: 'code_interpreter', code_interpreter: { input: source, outputs } }] };
  finishStep(ns, run, step, 'completed', { prompt: out.usage.prompt_tokens, completion: out.usage.completion_tokens });
  events.push({ event: 'thread.run.step.completed', data: structuredClone(step) });
  run.toolTurns.push({ kind: 'tool_call', call: { callId, name: 'code_interpreter', arguments: source } }, { kind: 'tool_output', output: { callId, output: sim.logs || (sim.image ? '[image]' : '') } });
  return events;
}
