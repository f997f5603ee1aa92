/**
 * Test-only: valid Assistants run streams generated from the grammar tables' own vocabulary
 * (never copied from recordings), for unit tests and the mutation suite.
 */
import type { ExchangeInit } from './build.ts';
import { messageObject, runObject, stepObject } from './objects.ts';

type Ev = { event: string; data: unknown };
const DONE: Ev = { event: 'done', data: '[DONE]' };

export interface TextRunOptions { runId?: string; chunks: readonly string[]; ending?: 'completed' | 'incomplete' }

/** created → queued → in_progress → message step (message created … deltas … completed) → run ending → done. */
export function textRunEvents({ runId = 'run_1', chunks, ending = 'completed' }: TextRunOptions): Ev[] {
  const text = chunks.join('');
  const details = { type: 'message_creation', message_creation: { message_id: 'msg_1' } };
  const msgEnd = ending === 'completed' ? 'completed' : 'incomplete';
  return [
    { event: 'thread.run.created', data: runObject(runId, 'queued') },
    { event: 'thread.run.queued', data: runObject(runId, 'queued') },
    { event: 'thread.run.in_progress', data: runObject(runId, 'in_progress') },
    { event: 'thread.run.step.created', data: stepObject('step_1', runId, 'in_progress', details) },
    { event: 'thread.run.step.in_progress', data: stepObject('step_1', runId, 'in_progress', details) },
    { event: 'thread.message.created', data: messageObject('msg_1', runId, 'in_progress', '') },
    { event: 'thread.message.in_progress', data: messageObject('msg_1', runId, 'in_progress', '') },
    ...chunks.map((c) => ({ event: 'thread.message.delta', data: { id: 'msg_1', object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: { value: c, annotations: [] } }] } } })),
    { event: `thread.message.${msgEnd}`, data: messageObject('msg_1', runId, msgEnd, text) },
    { event: 'thread.run.step.completed', data: stepObject('step_1', runId, 'completed', details) },
    { event: `thread.run.${ending}`, data: runObject(runId, ending) },
    DONE,
  ];
}

const toolStep = (args: string, output: string | null = null) => ({
  type: 'tool_calls',
  tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: args, output } }],
});

/** A function call: the first stream ends in requires_action; submit_tool_outputs resumes it. */
export function toolRunExchanges(argChunks: readonly string[], replyChunks: readonly string[], runId = 'run_1'): ExchangeInit[] {
  const args = argChunks.join('');
  const action = { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: args } }] } };
  const first: Ev[] = [
    { event: 'thread.run.created', data: runObject(runId, 'queued') },
    { event: 'thread.run.queued', data: runObject(runId, 'queued') },
    { event: 'thread.run.in_progress', data: runObject(runId, 'in_progress') },
    { event: 'thread.run.step.created', data: stepObject('step_t', runId, 'in_progress', toolStep('')) },
    { event: 'thread.run.step.in_progress', data: stepObject('step_t', runId, 'in_progress', toolStep('')) },
    ...argChunks.map((c, i) => ({
      event: 'thread.run.step.delta',
      data: { id: 'step_t', object: 'thread.run.step.delta', delta: { step_details: { type: 'tool_calls', tool_calls: [{ index: 0, type: 'function', ...(i === 0 ? { id: 'call_1' } : {}), function: { ...(i === 0 ? { name: 'lookup' } : {}), arguments: c, output: null } }] } } },
    })),
    { event: 'thread.run.requires_action', data: runObject(runId, 'requires_action', { required_action: action }) },
    DONE,
  ];
  const text = textRunEvents({ runId, chunks: replyChunks }).slice(3);
  const second: Ev[] = [
    { event: 'thread.run.step.completed', data: stepObject('step_t', runId, 'completed', toolStep(args, 'sunny')) },
    { event: 'thread.run.queued', data: runObject(runId, 'queued') },
    { event: 'thread.run.in_progress', data: runObject(runId, 'in_progress') },
    ...text.map((e) => (typeof e.data === 'object' && e.data !== null && (e.data as { id?: string }).id === 'step_1' ? { ...e, data: { ...(e.data as object), id: 'step_2' } } : e)),
  ];
  return [
    { method: 'POST', path: '/v1/threads/thread_1/runs', events: first },
    { method: 'POST', path: `/v1/threads/thread_1/runs/${runId}/submit_tool_outputs`, events: second },
  ];
}

/** A code-interpreter step streamed as input deltas, then a message. */
export function codeRunEvents(inputChunks: readonly string[], replyChunks: readonly string[], runId = 'run_1'): Ev[] {
  const input = inputChunks.join('');
  const details = (done: boolean) => ({ type: 'tool_calls', tool_calls: [{ id: 'call_c', type: 'code_interpreter', code_interpreter: { input: done ? input : '', outputs: done ? [{ type: 'logs', logs: '2' }] : [] } }] });
  const text = textRunEvents({ runId, chunks: replyChunks });
  return [
    ...text.slice(0, 3),
    { event: 'thread.run.step.created', data: stepObject('step_c', runId, 'in_progress', details(false)) },
    { event: 'thread.run.step.in_progress', data: stepObject('step_c', runId, 'in_progress', details(false)) },
    ...inputChunks.map((c, i) => ({ event: 'thread.run.step.delta', data: { id: 'step_c', object: 'thread.run.step.delta', delta: { step_details: { type: 'tool_calls', tool_calls: [{ index: 0, type: 'code_interpreter', ...(i === 0 ? { id: 'call_c' } : {}), code_interpreter: { input: c, outputs: [] } }] } } } })),
    { event: 'thread.run.step.completed', data: stepObject('step_c', runId, 'completed', details(true)) },
    ...text.slice(3),
  ];
}
