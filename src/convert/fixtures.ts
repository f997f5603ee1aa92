/**
 * Test builders for Assistants objects (hand-made, not copied from the corpus or the spec's
 * examples). Used by the unit, property and parity tests and the bench.
 */
import type { Message, MessageContent, RunStep, ToolCall } from './wire-assistants.ts';

let counter = 0;

export function message(role: Message['role'], content: MessageContent[], extra: Partial<Message> = {}): Message {
  counter++;
  return {
    id: `msg_${String(counter).padStart(6, '0')}`,
    object: 'thread.message',
    created_at: 1_700_000_000 + counter,
    thread_id: 'thread_test',
    role,
    content,
    assistant_id: role === 'assistant' ? 'asst_test' : null,
    run_id: null,
    attachments: [],
    metadata: {},
    status: 'completed',
    completed_at: null,
    incomplete_at: null,
    incomplete_details: null,
    ...extra,
  };
}

export const text = (value: string, annotations: Extract<MessageContent, { type: 'text' }>['text']['annotations'] = []): MessageContent => ({ type: 'text', text: { value, annotations } });
export const imageFile = (file_id: string, detail?: 'auto' | 'low' | 'high'): MessageContent => ({ type: 'image_file', image_file: detail ? { file_id, detail } : { file_id } });
export const imageUrl = (url: string, detail?: 'auto' | 'low' | 'high'): MessageContent => ({ type: 'image_url', image_url: detail ? { url, detail } : { url } });
export const refusal = (r: string): MessageContent => ({ type: 'refusal', refusal: r });

export function step(runId: string, details: RunStep['step_details'], extra: Partial<RunStep> = {}): RunStep {
  counter++;
  return {
    id: `step_${String(counter).padStart(6, '0')}`,
    object: 'thread.run.step',
    created_at: 1_700_000_000 + counter,
    run_id: runId,
    assistant_id: 'asst_test',
    thread_id: 'thread_test',
    type: details.type,
    status: 'completed',
    cancelled_at: null,
    completed_at: null,
    expired_at: null,
    failed_at: null,
    last_error: null,
    metadata: null,
    usage: null,
    step_details: details,
    ...extra,
  };
}

export const toolCalls = (...tool_calls: ToolCall[]): RunStep['step_details'] => ({ type: 'tool_calls', tool_calls });
export const messageCreation = (message_id: string): RunStep['step_details'] => ({ type: 'message_creation', message_creation: { message_id } });
export const functionCall = (id: string, name: string, args: string, output: string | null): ToolCall => ({ id, type: 'function', function: { name, arguments: args, output } });
