/**
 * Delta events (`thread.message.delta`, `thread.run.step.delta`) in the shapes the service
 * streams: the first text delta carries `annotations: []`, later ones only `value`; a tool call's
 * first delta carries its id and type, later ones only the growing field.
 */
import { splitDeltas } from '../model/generate.ts';
import type { TextAnnotation } from '../threads/message.ts';
import type { RunEvent } from './engine.ts';

const withDelay = (e: RunEvent, delayMs: number): RunEvent => (delayMs > 0 ? { ...e, delayMs } : e);

export function textDeltas(messageId: string, text: string, count: number, delayMs: number): RunEvent[] {
  return splitDeltas(text, count).map((value, i) =>
    withDelay({ event: 'thread.message.delta', data: { id: messageId, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: i === 0 ? { value, annotations: [] } : { value } }] } } }, delayMs),
  );
}

export function annotationDelta(messageId: string, annotations: readonly TextAnnotation[]): RunEvent[] {
  if (annotations.length === 0) return [];
  const list = annotations.map((a, index) => ({ index, ...a }));
  return [{ event: 'thread.message.delta', data: { id: messageId, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: { annotations: list } }] } } }];
}

export function refusalDeltas(messageId: string, text: string, count: number, delayMs: number): RunEvent[] {
  return splitDeltas(text, count).map((refusal) => withDelay({ event: 'thread.message.delta', data: { id: messageId, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'refusal', refusal }] } } }, delayMs));
}

/** A step delta holding one tool-call fragment. */
export function stepDelta(stepId: string, toolCall: Record<string, unknown>, delayMs = 0): RunEvent {
  return withDelay({ event: 'thread.run.step.delta', data: { id: stepId, object: 'thread.run.step.delta', delta: { step_details: { type: 'tool_calls', tool_calls: [toolCall] } } } }, delayMs);
}

export function functionCallDeltas(stepId: string, index: number, call: { id: string; name: string; arguments: string }, count: number, delayMs: number): RunEvent[] {
  const head = stepDelta(stepId, { index, id: call.id, type: 'function', function: { name: call.name, arguments: '', output: null } });
  const parts = call.arguments === '' ? [] : splitDeltas(call.arguments, count);
  return [head, ...parts.map((p) => stepDelta(stepId, { index, type: 'function', function: { arguments: p } }, delayMs))];
}
